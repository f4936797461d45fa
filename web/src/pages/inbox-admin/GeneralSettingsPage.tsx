import type { FormEvent } from 'react';
import { useInboxSettings, useSaveInboxSettings } from '../../api/inbox-admin.ts';
import type { InboxSettings, LearnedRoutingMode } from '../../api/inbox-admin.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { RadioGroup, TextAreaField, WholeNumberField } from '../../components/Field.tsx';
import {
  fieldError,
  FormError,
  LiveMessage,
  Loading,
  QueryError,
  useClientChecks,
} from '../../components/Feedback.tsx';
import { SubmitButton } from '../../components/FormActions.tsx';
import { useSettingsDraft } from '../../lib/hooks.ts';
import { CalendarEditor } from './CalendarEditor.tsx';
import type { CalendarDraft } from './calendar-text.ts';
import { fromCalendarDraft, toCalendarDraft } from './calendar-text.ts';
import { LEARNED_ROUTING_OPTIONS } from './labels.ts';
import { LearnedRouterCard } from './LearnedRouterCard.tsx';

interface SettingsDraft {
  calendar: CalendarDraft;
  highLoadPerAgent: string;
  offHoursMessage: string;
  learnedRouting: LearnedRoutingMode;
  /** Percent, 30–100. */
  applyConfidence: string;
}

function toDraft(saved: InboxSettings): SettingsDraft {
  return {
    calendar: toCalendarDraft(saved.calendar),
    highLoadPerAgent: String(saved.highLoadPerAgent),
    offHoursMessage: saved.offHoursMessage,
    learnedRouting: saved.learnedRouting,
    applyConfidence: String(Math.round(saved.applyConfidence * 100)),
  };
}

function toPatch(draft: SettingsDraft): { patch: Partial<InboxSettings>; errors: Record<string, string> } {
  const { calendar, errors } = fromCalendarDraft(draft.calendar);
  const load = Number(draft.highLoadPerAgent.trim());
  if (!Number.isInteger(load) || load < 1 || load > 1000)
    errors.highLoadPerAgent = 'A whole number from 1 to 1000.';
  if (draft.offHoursMessage.trim() === '')
    errors.offHoursMessage = 'Write what members read when nobody is at work.';
  const percent = Number(draft.applyConfidence.trim());
  if (!Number.isFinite(percent) || percent < 30 || percent > 100)
    errors.applyConfidence = 'A percentage from 30 to 100.';
  return {
    patch: {
      calendar,
      highLoadPerAgent: load,
      offHoursMessage: draft.offHoursMessage.trim(),
      learnedRouting: draft.learnedRouting,
      applyConfidence: percent / 100,
    },
    errors,
  };
}

/** Inbox settings › General: default hours, the high-load notice, the off-hours message, the learned router. */
export function GeneralSettingsPage() {
  const settings = useInboxSettings();
  return (
    <section data-testid="inbox-general-page">
      <PageHeader
        title="General"
        documentTitle="General · Inbox settings"
        description="Defaults for the whole inbox: opening hours for teams without their own, what members read when you are away or busy, and how far the learned router may go."
      />
      {settings.isPending ? <Loading label="Loading settings…" /> : null}
      {settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : null}
      {settings.data ? <SettingsForm saved={settings.data} /> : null}
      <LearnedRouterCard />
    </section>
  );
}

function SettingsForm({ saved }: { saved: InboxSettings }) {
  const save = useSaveInboxSettings();
  const { errors, passes } = useClientChecks(save);
  const { current, change, discard } = useSettingsDraft(toDraft(saved), save);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { patch, errors: found } = toPatch(current);
    if (!passes(event, found)) return;
    save.mutate(patch, { onSuccess: discard });
  }

  return (
    <form
      className="card section form settings-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="inbox-general-title"
      data-testid="inbox-general-form"
    >
      <h2 id="inbox-general-title">Inbox defaults</h2>
      <FormError
        error={save.error}
        knownFields={['highLoadPerAgent', 'offHoursMessage', 'applyConfidence']}
      />
      <CalendarEditor
        legend="Default opening hours"
        value={current.calendar}
        onChange={(calendar) => change({ calendar })}
        errors={errors}
        offLabel="No default hours"
        offDescription="Teams without their own hours work around the clock, and every conversation counts as within business hours."
      />
      <WholeNumberField
        label="High load: open conversations per agent"
        hint="Above this, the public support page says answers may take longer."
        min={1}
        max={1000}
        value={current.highLoadPerAgent}
        onChange={(event) => change({ highLoadPerAgent: event.target.value })}
        error={fieldError(save.error, 'highLoadPerAgent', errors.highLoadPerAgent)}
      />
      <TextAreaField
        label="Off-hours message"
        hint="Shown to members on the public support page outside the default opening hours."
        rows={3}
        maxLength={1000}
        value={current.offHoursMessage}
        onChange={(event) => change({ offHoursMessage: event.target.value })}
        error={fieldError(save.error, 'offHoursMessage', errors.offHoursMessage)}
      />
      <RadioGroup<LearnedRoutingMode>
        legend="Learned routing"
        name="learnedRouting"
        value={current.learnedRouting}
        options={LEARNED_ROUTING_OPTIONS}
        onChange={(learnedRouting) => change({ learnedRouting })}
      />
      <WholeNumberField
        label="Apply from confidence (%)"
        hint="In Apply mode, guesses below this are only suggested. From 30 to 100."
        min={30}
        max={100}
        value={current.applyConfidence}
        onChange={(event) => change({ applyConfidence: event.target.value })}
        error={fieldError(save.error, 'applyConfidence', errors.applyConfidence)}
      />
      <div className="form-actions">
        <SubmitButton pending={save.isPending}>Save settings</SubmitButton>
        <LiveMessage className="form-status">{save.isSuccess ? 'Settings saved.' : ''}</LiveMessage>
      </div>
    </form>
  );
}
