// Closing a crisis room (admins and managers) needs a written outcome: what happened, what was done.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useCloseCrisis } from '../../../api/listening-crises.ts';
import type { Crisis } from '../../../api/listening-crises.ts';
import { TextAreaField } from '../../../components/Field.tsx';
import { fieldError, useClientChecks } from '../../../components/Feedback.tsx';
import { RoomError } from './RoomError.tsx';

const OUTCOME_MIN = 10;
const OUTCOME_MAX = 10_000;

export function CloseForm({ crisis, onClosed }: { crisis: Crisis; onClosed: () => void }) {
  const close = useCloseCrisis(crisis.id);
  const { errors, passes } = useClientChecks(close);
  const [outcome, setOutcome] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const length = outcome.trim().length;
    const found: Record<string, string> = {};
    if (length < OUTCOME_MIN)
      found.outcome = `Write down how it ended, in a sentence or two (at least ${OUTCOME_MIN} characters).`;
    else if (length > OUTCOME_MAX) found.outcome = `At most ${OUTCOME_MAX.toLocaleString()} characters.`;
    if (!passes(event, found)) return;
    close.mutate({ outcome: outcome.trim(), version: crisis.version }, { onSuccess: onClosed });
  }

  return (
    <section className="card crisis-panel" aria-labelledby="crisis-close-title">
      <h2 id="crisis-close-title" className="crisis-panel-title">
        Close with an outcome
      </h2>
      <form
        className="form crisis-inline-form"
        onSubmit={onSubmit}
        noValidate
        data-testid="crisis-close-form"
      >
        <RoomError error={close.error} knownFields={['outcome']} />
        <TextAreaField
          label="Outcome"
          name="outcome"
          rows={4}
          maxLength={OUTCOME_MAX}
          hint="What happened, what was done and what to remember next time. The room becomes read-only."
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
          error={fieldError(close.error, 'outcome', errors.outcome)}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-danger"
            disabled={close.isPending}
            aria-busy={close.isPending || undefined}
          >
            Close the crisis room
          </button>
        </div>
      </form>
    </section>
  );
}
