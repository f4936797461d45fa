// Opening a crisis room: by hand (a name, a severity, a watch rule and since when) or from a spike
// alert (its rule and the mentions since the spike began come with it). Then to the room.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useRules } from '../../../api/listening.ts';
import type { ListeningAlert } from '../../../api/listening.ts';
import { CRISIS_SEVERITIES, useOpenCrisis } from '../../../api/listening-crises.ts';
import type { Crisis, CrisisSeverity } from '../../../api/listening-crises.ts';
import { Time } from '../../../components/Bits.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { SelectField, TextField } from '../../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../../components/Feedback.tsx';
import { alertHeadline } from '../labels.ts';
import { crisisPath, localInputValue, SEVERITY } from './labels.ts';

const HOUR = 3_600_000;
const TITLE_MAX = 120;
const KNOWN_FIELDS = ['title', 'severity', 'ruleId', 'since'];

interface Draft {
  title: string;
  severity: CrisisSeverity;
  ruleId: string;
  since: string;
}

function checkDraft(draft: Draft, fromAlert: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.title.trim() === '') errors.title = 'Give the crisis a name, like “Checkout outage”.';
  if (!fromAlert) {
    const since = new Date(draft.since);
    if (draft.since === '' || Number.isNaN(since.getTime()))
      errors.since = 'When it started: a date and a time.';
    else if (since.getTime() > Date.now() + 60_000) errors.since = 'It started in the past, not later.';
  }
  return errors;
}

/** The dialog; `alert` opens the room from that alert. Goes to the new room once it is open. */
export function OpenCrisisDialog({ alert, onClose }: { alert?: ListeningAlert; onClose: () => void }) {
  const navigate = useNavigate();
  const open = useOpenCrisis();
  const rules = useRules(!alert);
  const { errors, passes } = useClientChecks(open);
  const [draft, setDraft] = useState<Draft>(() => ({
    title: alert ? alertHeadline(alert).slice(0, TITLE_MAX) : '',
    severity: 'high',
    ruleId: '',
    since: localInputValue(new Date(Date.now() - 6 * HOUR)),
  }));
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  const activeRules = (rules.data ?? []).filter((rule) => !rule.archived);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, checkDraft(draft, alert !== undefined))) return;
    const input = alert
      ? { title: draft.title.trim(), severity: draft.severity, alertId: alert.id }
      : {
          title: draft.title.trim(),
          severity: draft.severity,
          ...(draft.ruleId ? { ruleId: draft.ruleId } : {}),
          since: new Date(draft.since).toISOString(),
        };
    open.mutate(input, {
      onSuccess: (crisis: Crisis) => {
        onClose();
        void navigate(crisisPath(crisis));
      },
    });
  }

  return (
    <Dialog
      title="Open a crisis room"
      onClose={onClose}
      testId="open-crisis-dialog"
      description={
        alert ? (
          <p>
            The room follows the mentions of {alert.label} since the spike began (
            <Time iso={alert.since} />
            ). The alert is acknowledged, and you are put on deck.
          </p>
        ) : (
          <p>
            One place to handle it together: the related mentions as they arrive, who is on deck, holding
            statements and a timeline. You are put on deck.
          </p>
        )
      }
    >
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Open a crisis room">
        <FormError error={open.error} knownFields={KNOWN_FIELDS} />
        <TextField
          label="Name"
          name="title"
          maxLength={TITLE_MAX}
          autoComplete="off"
          data-autofocus
          value={draft.title}
          onChange={(event) => set({ title: event.target.value })}
          error={fieldError(open.error, 'title', errors.title)}
        />
        <SelectField
          label="Severity"
          name="severity"
          value={draft.severity}
          hint={SEVERITY[draft.severity].description}
          onChange={(event) => set({ severity: event.target.value as CrisisSeverity })}
          error={fieldError(open.error, 'severity')}
        >
          {[...CRISIS_SEVERITIES].reverse().map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY[severity].label}
            </option>
          ))}
        </SelectField>
        {alert ? null : (
          <>
            <SelectField
              label="Watch rule"
              name="ruleId"
              value={draft.ruleId}
              disabled={rules.isPending}
              hint={
                rules.isError ? (
                  'The watch rules could not be loaded: the room follows everything watched.'
                ) : activeRules.length === 0 && rules.isSuccess ? (
                  <>
                    No watch rules yet: the room follows every mention. Rules are set up in{' '}
                    <Link to="/listening/settings/rules">Listening › Rules</Link>.
                  </>
                ) : (
                  'The room shows the mentions this rule matches.'
                )
              }
              onChange={(event) => set({ ruleId: event.target.value })}
              error={fieldError(open.error, 'ruleId')}
            >
              <option value="">Everything watched</option>
              {activeRules.map((rule) => (
                <option key={rule.id} value={rule.id}>
                  {rule.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Since"
              name="since"
              type="datetime-local"
              hint="Mentions published from then on are the room’s; by default, the last 6 hours."
              value={draft.since}
              max={localInputValue(new Date())}
              onChange={(event) => set({ since: event.target.value })}
              error={fieldError(open.error, 'since', errors.since)}
            />
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={open.isPending}
            aria-busy={open.isPending || undefined}
          >
            Open the room
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * On an alert: "Open a crisis room" (the dialog, from this alert), or "Go to the crisis room" once
 * one was opened from it.
 */
export function AlertCrisisAction({
  alert,
  className = 'button',
  label,
}: {
  alert: ListeningAlert;
  className?: string;
  /** The accessible name's end when several alerts show one ("Open a crisis room: <label>"). */
  label?: string;
}) {
  const [opening, setOpening] = useState(false);
  if (alert.crisisId)
    return (
      <Link
        to={crisisPath({ id: alert.crisisId })}
        className={className}
        aria-label={label ? `Go to the crisis room: ${label}` : undefined}
        data-testid="alert-crisis-link"
      >
        Go to the crisis room
      </Link>
    );
  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label ? `Open a crisis room: ${label}` : undefined}
        onClick={() => setOpening(true)}
        data-testid="alert-open-crisis"
      >
        Open a crisis room
      </button>
      {opening ? <OpenCrisisDialog alert={alert} onClose={() => setOpening(false)} /> : null}
    </>
  );
}
