import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { usePolicies, useSavePolicy } from '../../api/inbox-admin.ts';
import type { EscalationAction, SlaPolicy, SlaPolicyInput } from '../../api/inbox-admin.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { RadioGroup, TextField, WholeNumberField } from '../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { EditorActions } from '../../components/FormActions.tsx';
import type { ConditionDraft } from './conditions.ts';
import { fromConditionDrafts, toConditionDraft } from './conditions.ts';
import { ConditionsEditor } from './ConditionsEditor.tsx';
import { EscalationEditor } from './EscalationEditor.tsx';
import type { StepDraft } from './EscalationEditor.tsx';
import { EditorItem } from './EditorItem.tsx';
import { useBackWith } from './flash.ts';

type TargetKey = 'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes';

const TARGETS: { key: TargetKey; label: string; hint: string }[] = [
  {
    key: 'firstResponseMinutes',
    label: 'First response (minutes)',
    hint: 'From the first message to the first answer.',
  },
  {
    key: 'nextResponseMinutes',
    label: 'Next response (minutes)',
    hint: 'From each later message of the member to the answer.',
  },
  {
    key: 'resolutionMinutes',
    label: 'Resolution (minutes)',
    hint: 'From opening to resolved; time waiting for the member does not count.',
  },
];
const MAX_TARGET = 60 * 24 * 90;

interface PolicyDraft extends Record<TargetKey, string> {
  name: string;
  conditions: ConditionDraft[];
  warnBefore: string;
  businessHours: boolean;
  escalation: StepDraft[];
}

function toDraft(policy: SlaPolicy | null): PolicyDraft {
  return {
    name: policy?.name ?? '',
    conditions: (policy?.conditions ?? []).map(toConditionDraft),
    firstResponseMinutes: String(policy ? (policy.firstResponseMinutes ?? '') : 60),
    nextResponseMinutes: String(policy?.nextResponseMinutes ?? ''),
    resolutionMinutes: String(policy ? (policy.resolutionMinutes ?? '') : 60 * 24),
    warnBefore: (policy?.warnBeforeMinutes ?? [15, 5]).join(', '),
    businessHours: policy?.businessHours ?? true,
    escalation: (policy?.escalation ?? []).map((step) => ({
      afterMinutes: String(step.afterMinutes),
      action: step.action,
    })),
  };
}

const wholeNumber = (text: string, min: number, max: number) => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
};

function toInput(draft: PolicyDraft): { input: SlaPolicyInput; errors: Record<string, string> } {
  const { conditions, errors } = fromConditionDrafts(draft.conditions);
  if (draft.name.trim() === '') errors.name = 'Name the policy, e.g. "Standard" or "Urgent".';
  const targets = {} as Record<TargetKey, number | null>;
  for (const { key } of TARGETS) {
    targets[key] = draft[key].trim() === '' ? null : wholeNumber(draft[key], 1, MAX_TARGET);
    if (draft[key].trim() !== '' && targets[key] === null)
      errors[key] = `A whole number of minutes from 1 to ${MAX_TARGET}, or empty for no target.`;
  }
  const warnings = draft.warnBefore
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const warnBeforeMinutes = warnings.map((part) => wholeNumber(part, 1, 60 * 24 * 7));
  if (warnings.length > 5 || warnBeforeMinutes.some((value) => value === null))
    errors.warnBeforeMinutes = 'Up to 5 whole numbers of minutes, separated by commas, like 30, 10.';
  const escalation = draft.escalation.map((step, index) => {
    const afterMinutes = wholeNumber(step.afterMinutes, 0, 60 * 24 * 30);
    if (afterMinutes === null) errors[`escalation.${index}`] = 'A whole number of minutes from 0 to 43200.';
    return { afterMinutes: afterMinutes ?? 0, action: step.action as EscalationAction };
  });
  const input: SlaPolicyInput = {
    name: draft.name.trim(),
    conditions,
    ...targets,
    warnBeforeMinutes: [...new Set(warnBeforeMinutes.filter((value) => value !== null))].sort(
      (a, b) => b - a,
    ),
    businessHours: draft.businessHours,
    escalation,
  };
  return { input, errors };
}

/** Inbox settings › SLA policies › New policy or one policy. */
export function SlaPolicyEditorPage() {
  const { policyId } = useParams();
  const policies = usePolicies();
  return (
    <EditorItem
      id={policyId}
      list={policies}
      loading="Loading the policy…"
      missing={{
        title: 'No such SLA policy',
        documentTitle: 'SLA policy · Inbox settings',
        back: 'Back to the SLA policies',
        backTo: '/inbox/settings/sla',
      }}
    >
      {(policy) => <PolicyForm key={policy?.id} policy={policy} />}
    </EditorItem>
  );
}

function PolicyForm({ policy }: { policy: SlaPolicy | null }) {
  const save = useSavePolicy();
  const { errors, passes } = useClientChecks(save);
  const backWith = useBackWith();
  const [draft, setDraft] = useState(() => toDraft(policy));
  const set = (changes: Partial<PolicyDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = toInput(draft);
    if (!passes(event, found)) return;
    save.mutate(
      { id: policy?.id ?? null, input },
      {
        onSuccess: (saved) =>
          backWith('/inbox/settings/sla', `${saved.name} ${policy ? 'saved' : 'created'}.`),
      },
    );
  }

  const title = policy ? `Edit ${policy.name}` : 'New SLA policy';
  return (
    <section data-testid="sla-policy-editor">
      <PageHeader title={title} documentTitle={`${title} · Inbox settings`} />
      <form className="card form settings-form" onSubmit={onSubmit} noValidate aria-label={title}>
        <FormError
          error={save.error}
          knownFields={['name', 'warnBeforeMinutes', ...TARGETS.map(({ key }) => key)]}
        />
        <TextField
          label="Name"
          name="name"
          maxLength={120}
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
          error={fieldError(save.error, 'name', errors.name)}
        />
        <ConditionsEditor
          conditions={draft.conditions}
          onChange={(conditions) => set({ conditions })}
          errors={errors}
          emptyText="With none, it applies to every conversation no policy above it matched."
        />
        <fieldset className="field settings-group">
          <legend className="field-label">Targets</legend>
          <div className="settings-grid">
            {TARGETS.map(({ key, label, hint }) => (
              <WholeNumberField
                key={key}
                label={label}
                hint={hint}
                min={1}
                placeholder="No target"
                value={draft[key]}
                onChange={(event) => set({ [key]: event.target.value })}
                error={fieldError(save.error, key, errors[key])}
              />
            ))}
          </div>
        </fieldset>
        <TextField
          label="Warn before (minutes)"
          hint="Agents are warned this long before each target; several lead times separated by commas, like 30, 10."
          value={draft.warnBefore}
          autoComplete="off"
          onChange={(event) => set({ warnBefore: event.target.value })}
          error={fieldError(save.error, 'warnBeforeMinutes', errors.warnBeforeMinutes)}
        />
        <EscalationEditor
          steps={draft.escalation}
          onChange={(escalation) => set({ escalation })}
          errors={errors}
        />
        <RadioGroup<'business' | 'always'>
          legend="Clock"
          name="businessHours"
          value={draft.businessHours ? 'business' : 'always'}
          options={[
            {
              value: 'business',
              label: 'Business hours',
              description: 'The clock stops outside the team’s opening hours and on holidays.',
            },
            { value: 'always', label: '24/7', description: 'The clock runs around the clock.' },
          ]}
          onChange={(value) => set({ businessHours: value === 'business' })}
        />
        <EditorActions pending={save.isPending} cancelTo="/inbox/settings/sla">
          {policy ? 'Save policy' : 'Create policy'}
        </EditorActions>
      </form>
    </section>
  );
}
