import { SelectField, TextField } from '../../components/Field.tsx';
import { ESCALATION_ACTIONS } from './labels.ts';

export interface StepDraft {
  afterMinutes: string;
  action: string;
}

/** The server takes at most this many steps. */
const MAX_STEPS = 5;

/** What happens once a target is missed: after N minutes overdue, notify the lead, reassign or raise the priority. */
export function EscalationEditor({
  steps,
  onChange,
  errors,
}: {
  steps: readonly StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  /** Messages keyed `escalation.<index>`. */
  errors: Record<string, string>;
}) {
  const replace = (index: number, changes: Partial<StepDraft>) =>
    onChange(steps.map((step, at) => (at === index ? { ...step, ...changes } : step)));
  return (
    <fieldset className="field settings-group" data-testid="escalation-editor">
      <legend className="field-label">Escalation</legend>
      <p className="field-hint">Steps taken once a target is missed, counted from the moment it was due.</p>
      {steps.length > 0 ? (
        <ol className="condition-rows">
          {steps.map((step, index) => (
            <li key={index} className="condition-row" data-testid="escalation-step">
              <div className="condition-fields">
                <TextField
                  label={
                    <>
                      Minutes overdue<span className="visually-hidden"> for step {index + 1}</span>
                    </>
                  }
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  className="input-number"
                  value={step.afterMinutes}
                  onChange={(event) => replace(index, { afterMinutes: event.target.value })}
                  error={errors[`escalation.${index}`]}
                />
                <SelectField
                  label={
                    <>
                      Then<span className="visually-hidden"> for step {index + 1}</span>
                    </>
                  }
                  value={step.action}
                  onChange={(event) => replace(index, { action: event.target.value })}
                >
                  {ESCALATION_ACTIONS.map((action) => (
                    <option key={action.value} value={action.value}>
                      {action.label}
                    </option>
                  ))}
                </SelectField>
              </div>
              <button
                type="button"
                className="button button-small button-danger-outline"
                aria-label={`Remove escalation step ${index + 1}`}
                onClick={() => onChange(steps.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <button
        type="button"
        className="button button-small"
        disabled={steps.length >= MAX_STEPS}
        onClick={() =>
          onChange([...steps, { afterMinutes: steps.length === 0 ? '0' : '30', action: 'notify_lead' }])
        }
      >
        Add a step
      </button>
    </fieldset>
  );
}
