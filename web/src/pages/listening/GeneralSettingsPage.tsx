import { useState } from 'react';
import type { FormEvent } from 'react';
import { INTENTS, useListeningSettings, useSaveListeningSettings } from '../../api/listening.ts';
import type { Intent, ListeningSettings, ListeningSettingsPatch } from '../../api/listening.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { ConfirmDialog } from '../../components/Dialog.tsx';
import { TextField, WholeNumberField } from '../../components/Field.tsx';
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
import { INTENT_LABELS } from './labels.ts';
import { SecretNotice } from './SourceDialogs.tsx';

interface SettingsDraft {
  inboxIntents: Intent[];
  inboxNegativeBelow: string;
  inboxPerRulePerHour: string;
  webhookUrl: string;
}

function toDraft(saved: ListeningSettings): SettingsDraft {
  return {
    inboxIntents: saved.inboxIntents,
    inboxNegativeBelow: String(saved.inboxNegativeBelow),
    inboxPerRulePerHour: String(saved.inboxPerRulePerHour),
    webhookUrl: saved.webhookUrl ?? '',
  };
}

function toPatch(draft: SettingsDraft): { patch: ListeningSettingsPatch; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const text = draft.inboxNegativeBelow.trim().replace('−', '-');
  const threshold = Number(text);
  if (text === '' || !Number.isFinite(threshold) || threshold < -1 || threshold > 0)
    errors.inboxNegativeBelow = 'A number from −1 to 0, like −0.3.';
  const cap = Number(draft.inboxPerRulePerHour.trim());
  if (!Number.isInteger(cap) || cap < 1 || cap > 100_000)
    errors.inboxPerRulePerHour = 'A whole number of mentions, at least 1.';
  const url = draft.webhookUrl.trim();
  if (url !== '' && !/^https?:\/\/\S+$/i.test(url))
    errors.webhookUrl = 'An address starting with https://, or empty for no webhook.';
  return {
    patch: {
      inboxIntents: INTENTS.filter((intent) => draft.inboxIntents.includes(intent)),
      inboxNegativeBelow: threshold,
      inboxPerRulePerHour: cap,
      webhookUrl: url === '' ? null : url,
    },
    errors,
  };
}

/** Listening › Settings: what goes to the inbox, and where alerts are posted. */
export function GeneralSettingsPage() {
  const settings = useListeningSettings();
  return (
    <section data-testid="listening-settings-page">
      <PageHeader
        title="Settings"
        documentTitle="Settings · Listening"
        description="Which mentions need an answer (for watch rules that send those to the inbox), and where Hearth posts its alerts."
      />
      {settings.isPending ? <Loading label="Loading settings…" /> : null}
      {settings.isError && !settings.data ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : null}
      {settings.data ? <SettingsForm saved={settings.data} /> : null}
    </section>
  );
}

function SettingsForm({ saved }: { saved: ListeningSettings }) {
  const save = useSaveListeningSettings();
  const rotate = useSaveListeningSettings();
  const { errors, passes } = useClientChecks(save);
  const { current, change, discard } = useSettingsDraft(toDraft(saved), save);
  const [confirmRotate, setConfirmRotate] = useState(false);
  // A secret made by saving a first webhook address, or by rotating: shown once, until dismissed.
  const [secret, setSecret] = useState<string | null>(null);

  function toggleIntent(intent: Intent, on: boolean) {
    const others = current.inboxIntents.filter((other) => other !== intent);
    change({ inboxIntents: on ? [...others, intent] : others });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { patch, errors: found } = toPatch(current);
    if (!passes(event, found)) return;
    save.mutate(patch, {
      onSuccess: (result) => {
        discard();
        if (result.webhookSecret) setSecret(result.webhookSecret);
      },
    });
  }

  return (
    <>
      <form
        className="card section form settings-form"
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="listening-settings-title"
        data-testid="listening-settings-form"
      >
        <h2 id="listening-settings-title">What needs an answer</h2>
        <FormError
          error={save.error}
          knownFields={['inboxIntents', 'inboxNegativeBelow', 'inboxPerRulePerHour', 'webhookUrl']}
        />
        <fieldset className="field settings-group" aria-describedby="inbox-intents-hint">
          <legend className="field-label">Intents that need an answer</legend>
          <p className="field-hint" id="inbox-intents-hint">
            Watch rules set to “What needs an answer” send mentions with these intents to the inbox.
          </p>
          <ul className="intent-choices">
            {INTENTS.map((intent) => (
              <li key={intent}>
                <label className="check-field">
                  <input
                    type="checkbox"
                    className="checkbox"
                    name="inboxIntents"
                    value={intent}
                    checked={current.inboxIntents.includes(intent)}
                    onChange={(event) => toggleIntent(intent, event.target.checked)}
                  />
                  <span>{INTENT_LABELS[intent]}</span>
                </label>
              </li>
            ))}
          </ul>
          {fieldError(save.error, 'inboxIntents') ? (
            <p className="field-error">{fieldError(save.error, 'inboxIntents')}</p>
          ) : null}
        </fieldset>
        <TextField
          label="Negative below"
          hint="Mentions scoring below this (from −1, very negative, to 0, neutral) also need an answer, whatever their intent. −0.3 catches clear complaints; closer to 0 sends more."
          type="number"
          inputMode="decimal"
          min={-1}
          max={0}
          step={0.05}
          className="input-number"
          value={current.inboxNegativeBelow}
          onChange={(event) => change({ inboxNegativeBelow: event.target.value })}
          error={fieldError(save.error, 'inboxNegativeBelow', errors.inboxNegativeBelow)}
        />
        <WholeNumberField
          label="At most per rule and hour"
          hint="In a spike, mentions past this many per watch rule in an hour stay in the stream and the outreach queue instead of burying the inbox."
          min={1}
          value={current.inboxPerRulePerHour}
          onChange={(event) => change({ inboxPerRulePerHour: event.target.value })}
          error={fieldError(save.error, 'inboxPerRulePerHour', errors.inboxPerRulePerHour)}
        />
        <h2 className="settings-form-heading">Alert webhook</h2>
        <TextField
          label="Post alerts to"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://chat.example.com/hooks/…"
          hint="Each alert is posted there as JSON, signed like inbound webhooks (Hearth-Signature: t=…,v1=…) with the secret below. Empty: no webhook."
          value={current.webhookUrl}
          onChange={(event) => change({ webhookUrl: event.target.value })}
          error={fieldError(save.error, 'webhookUrl', errors.webhookUrl)}
        />
        <p className="muted" data-testid="webhook-secret-state">
          {saved.webhookSecretSet
            ? 'A signing secret is set.'
            : 'No signing secret yet: one is made when you save an address.'}
        </p>
        <div className="form-actions">
          <SubmitButton pending={save.isPending}>Save settings</SubmitButton>
          {saved.webhookSecretSet || saved.webhookUrl ? (
            <button type="button" className="button" onClick={() => setConfirmRotate(true)}>
              Rotate secret
            </button>
          ) : null}
          <LiveMessage className="form-status">{save.isSuccess ? 'Settings saved.' : ''}</LiveMessage>
        </div>
      </form>
      {secret ? (
        <section className="card section" aria-labelledby="webhook-secret-title" data-testid="webhook-secret">
          <h2 id="webhook-secret-title">Alert webhook signing secret</h2>
          <SecretNotice secret={secret} testId="webhook-secret-value" />
          <button type="button" className="button" onClick={() => setSecret(null)}>
            Done
          </button>
        </section>
      ) : null}
      {confirmRotate ? (
        <ConfirmDialog
          title="Rotate the alert webhook’s secret?"
          description={
            <p>
              A new secret is made and shown once. Alerts are signed with it from now on: update the receiving
              system.
            </p>
          }
          confirmLabel="Yes, rotate secret"
          pending={rotate.isPending}
          error={rotate.error}
          testId="rotate-webhook-secret-dialog"
          onCancel={() => {
            setConfirmRotate(false);
            rotate.reset();
          }}
          onConfirm={() => {
            save.reset();
            rotate.mutate(
              { rotateWebhookSecret: true },
              {
                onSuccess: (result) => {
                  setConfirmRotate(false);
                  if (result.webhookSecret) setSecret(result.webhookSecret);
                },
              },
            );
          }}
        />
      ) : null}
    </>
  );
}
