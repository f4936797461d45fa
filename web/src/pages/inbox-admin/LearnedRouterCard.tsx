import { isApiError } from '../../api/client.ts';
import { useRouterStatus, useTrainRouter } from '../../api/inbox-admin.ts';
import type { TrainResult } from '../../api/inbox-admin.ts';
import { Badge, Time } from '../../components/Bits.tsx';
import { errorMessage, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { LEARNED_ROUTING_OPTIONS } from './labels.ts';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function trainedText(result: TrainResult): string {
  const accuracy =
    result.heldOutAccuracy === null
      ? 'too few conversations were left to test it on'
      : `it chose the right team for ${Math.round(result.heldOutAccuracy * 100)}% of conversations held back to test it`;
  return `Trained on ${plural(result.examples, 'conversation', 'conversations')} across ${plural(result.labels, 'team', 'teams')}: ${accuracy}.`;
}

/** The learned router's model (when it was trained, on how much) and a button to retrain it now. */
export function LearnedRouterCard() {
  const status = useRouterStatus();
  const train = useTrainRouter();
  const model = status.data?.model ?? null;
  const mode = LEARNED_ROUTING_OPTIONS.find((option) => option.value === status.data?.mode);
  const tooFew = isApiError(train.error, 'ROUTER_TOO_FEW_EXAMPLES');

  return (
    <section
      className="card section settings-card"
      aria-labelledby="learned-router-title"
      data-testid="learned-router"
    >
      <h2 id="learned-router-title">Learned router</h2>
      <p className="section-intro">
        It learns which team answers what from the conversations your teams have resolved, and guesses a team
        when no routing rule chose one.
      </p>
      {status.isPending ? <Loading label="Loading the router’s status…" /> : null}
      {status.isError ? <QueryError error={status.error} onRetry={() => void status.refetch()} /> : null}
      {status.data ? (
        <dl className="settings-facts">
          <div>
            <dt>Model</dt>
            <dd data-testid="router-model">
              {model ? (
                <>
                  Trained <Time iso={model.trainedAt} relative /> on{' '}
                  {plural(model.examples, 'conversation', 'conversations')} across{' '}
                  {plural(model.labels, 'team', 'teams')}
                </>
              ) : (
                'Not trained yet'
              )}
            </dd>
          </div>
          <div>
            <dt>Mode</dt>
            <dd>
              <Badge tone={status.data.mode === 'off' ? 'neutral' : 'accent'}>
                {mode?.label ?? status.data.mode}
              </Badge>
              {status.data.mode === 'apply'
                ? ` from ${Math.round(status.data.applyConfidence * 100)}% sure`
                : ''}
            </dd>
          </div>
        </dl>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={train.isPending}
          aria-busy={train.isPending || undefined}
          onClick={() => train.mutate(undefined)}
        >
          {train.isPending ? 'Training…' : 'Retrain now'}
        </button>
        <LiveMessage className="form-status">{train.data ? trainedText(train.data) : ''}</LiveMessage>
      </div>
      {train.error ? (
        <div className={tooFew ? 'alert alert-warning' : 'alert alert-error'} role="alert">
          <p>
            {errorMessage(train.error)}
            {tooFew ? ' Resolve more conversations in at least two teams, then try again.' : ''}
          </p>
        </div>
      ) : null}
    </section>
  );
}
