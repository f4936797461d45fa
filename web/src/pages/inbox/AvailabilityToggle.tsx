import { isApiError } from '../../api/client.ts';
import { useAgentState, useSetAvailability } from '../../api/inbox.ts';
import { errorMessage } from '../../components/Feedback.tsx';

/**
 * Available or away: away agents get no new conversations from automatic assignment. Two
 * pressed-state buttons rather than one switch, so each says plainly what it does.
 */
export function AvailabilityToggle() {
  const state = useAgentState();
  const change = useSetAvailability();
  // An older server without the endpoint: nothing to toggle, and nothing to apologise for.
  if (isApiError(state.error) && state.error.status === 404) return null;
  const available = state.data?.available;
  const choose = (next: boolean) => {
    if (next !== available && !change.isPending) change.mutate(next);
  };
  return (
    <div className="availability" data-testid="availability">
      <div className="segmented" role="group" aria-label="Your availability">
        <button
          type="button"
          className="button button-small"
          aria-pressed={available === true}
          disabled={state.isPending}
          onClick={() => choose(true)}
        >
          Available
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={available === false}
          disabled={state.isPending}
          onClick={() => choose(false)}
        >
          Away
        </button>
      </div>
      {state.data ? (
        <span className="muted small" data-testid="on-duty">
          {state.data.onDuty ? 'On duty now' : 'Not on shift now'}
        </span>
      ) : null}
      {change.isError ? (
        <p className="field-error" role="alert">
          {errorMessage(change.error)}
        </p>
      ) : null}
    </div>
  );
}
