import { useState } from 'react';
import type { FormEvent } from 'react';
import { useUpdateCommunitySettings } from '../../api/staff.ts';
import type { CommunitySettings, DirectMessageMode } from '../../api/types.ts';
import { RadioGroup, TextField } from '../../components/Field.tsx';
import { fieldError, FormError, LiveMessage, useClientChecks } from '../../components/Feedback.tsx';

const DM_OPTIONS = [
  { value: 'everyone', label: 'Everyone', description: 'Any member can write to any other member.' },
  {
    value: 'members_to_staff',
    label: 'Members to staff',
    description: 'Members can write to staff only; staff can write to anyone.',
  },
  { value: 'staff_only', label: 'Staff only', description: 'Only staff start conversations; members reply.' },
] as const;

type NumberKey = Exclude<keyof CommunitySettings, 'directMessages'>;

/** The number settings with the server's limits (src/modules/system/schemas.ts). */
const NUMBERS: { key: NumberKey; label: string; hint: string; min: number; max: number; group: string }[] = [
  {
    key: 'autoHideFlagCount',
    label: 'Flags that hide a post',
    hint: 'A post is hidden until a moderator looks at it once this many people flag it.',
    min: 1,
    max: 50,
    group: 'moderation',
  },
  {
    key: 'unansweredAfterHours',
    label: 'Hours before a question counts as unanswered',
    hint: 'Questions with replies but no accepted answer join the staff queue after this long.',
    min: 1,
    max: 720,
    group: 'moderation',
  },
  {
    key: 'sandboxDays',
    label: 'Days a new member is limited',
    hint: 'New accounts have the limits below for this many days (0 turns them off).',
    min: 0,
    max: 90,
    group: 'sandbox',
  },
  {
    key: 'sandboxMaxLinks',
    label: 'Links per post',
    hint: 'For new members.',
    min: 0,
    max: 50,
    group: 'sandbox',
  },
  {
    key: 'sandboxMaxMentions',
    label: 'Mentions per post',
    hint: 'For new members.',
    min: 0,
    max: 50,
    group: 'sandbox',
  },
  {
    key: 'sandboxPostsPerHour',
    label: 'Posts per hour',
    hint: 'For new members.',
    min: 1,
    max: 1000,
    group: 'sandbox',
  },
];

type Draft = { directMessages: DirectMessageMode } & Record<NumberKey, string>;

function toDraft(saved: CommunitySettings): Draft {
  const draft = { directMessages: saved.directMessages } as Draft;
  for (const { key } of NUMBERS) draft[key] = String(saved[key]);
  return draft;
}

function check(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { key, min, max } of NUMBERS) {
    const text = draft[key].trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value) || value < min || value > max)
      errors[key] = `Enter a whole number from ${min} to ${max}.`;
  }
  return errors;
}

/** Admin › Settings › Community: direct messages, flags, the unanswered queue and new-member limits. */
export function CommunitySettingsForm({ saved }: { saved: CommunitySettings }) {
  const update = useUpdateCommunitySettings();
  const { errors, passes } = useClientChecks(update);
  // Unsaved edits; null shows what is saved (which may change under us).
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft ?? toDraft(saved);

  function change(changes: Partial<Draft>) {
    setDraft({ ...current, ...changes });
    if (update.isSuccess) update.reset();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, check(current))) return;
    const next: Partial<CommunitySettings> = { directMessages: current.directMessages };
    for (const { key } of NUMBERS) next[key] = Number(current[key].trim());
    update.mutate(next, { onSuccess: () => setDraft(null) });
  }

  const numberField = (key: NumberKey) => {
    const spec = NUMBERS.find((item) => item.key === key);
    if (!spec) return null;
    return (
      <TextField
        key={key}
        label={spec.label}
        hint={spec.hint}
        name={key}
        type="number"
        inputMode="numeric"
        min={spec.min}
        max={spec.max}
        step={1}
        className="input-number"
        value={current[key]}
        onChange={(event) => change({ [key]: event.target.value })}
        error={fieldError(update.error, `community.${key}`, errors[key])}
      />
    );
  };

  return (
    <form
      className="card section form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="community-settings-title"
      data-testid="community-settings"
    >
      <h2 id="community-settings-title">Community</h2>
      <FormError error={update.error} knownFields={NUMBERS.map(({ key }) => `community.${key}`)} />
      <RadioGroup<DirectMessageMode>
        legend="Who can start direct messages?"
        name="directMessages"
        value={current.directMessages}
        options={DM_OPTIONS}
        onChange={(directMessages) => change({ directMessages })}
        error={fieldError(update.error, 'community.directMessages')}
      />
      <fieldset className="field settings-group">
        <legend className="field-label">Flags and unanswered questions</legend>
        <div className="settings-grid">
          {NUMBERS.filter((spec) => spec.group === 'moderation').map(({ key }) => numberField(key))}
        </div>
      </fieldset>
      <fieldset className="field settings-group">
        <legend className="field-label">New members</legend>
        <p className="field-hint">
          Spam defence: for their first days, new members can post less often and with fewer links and
          mentions.
        </p>
        <div className="settings-grid">
          {NUMBERS.filter((spec) => spec.group === 'sandbox').map(({ key }) => numberField(key))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          Save community settings
        </button>
        <LiveMessage className="form-status">
          {update.isSuccess ? 'Community settings saved.' : ''}
        </LiveMessage>
      </div>
    </form>
  );
}
