import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { usePolicies, useRules, useSaveRule, useTeams } from '../../api/inbox-admin.ts';
import type { Priority, RoutingRule, RuleInput } from '../../api/inbox-admin.ts';
import { useAgents } from '../../api/inbox-people.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { EditorActions } from '../../components/FormActions.tsx';
import type { ConditionDraft } from './conditions.ts';
import { fromConditionDrafts, toConditionDraft } from './conditions.ts';
import { ConditionsEditor } from './ConditionsEditor.tsx';
import { EditorItem } from './EditorItem.tsx';
import { useBackWith } from './flash.ts';
import { agentLabel, PRIORITIES } from './labels.ts';
import { referenceProblem } from './rule-text.ts';

interface RuleDraft {
  name: string;
  enabled: boolean;
  stop: boolean;
  conditions: ConditionDraft[];
  teamId: string;
  priority: Priority | '';
  assigneeId: string;
  slaPolicyId: string;
  tags: string;
}

function toDraft(rule: RoutingRule | null): RuleDraft {
  const actions = rule?.actions ?? {};
  return {
    name: rule?.name ?? '',
    enabled: rule?.enabled ?? true,
    stop: rule?.stop ?? false,
    conditions: (rule?.conditions ?? []).map(toConditionDraft),
    teamId: actions.teamId ?? '',
    priority: actions.priority ?? '',
    assigneeId: actions.assigneeId ?? '',
    slaPolicyId: actions.slaPolicyId ?? '',
    tags: (actions.addTags ?? []).join(', '),
  };
}

function toInput(draft: RuleDraft): { input: RuleInput; errors: Record<string, string> } {
  const { conditions, errors } = fromConditionDrafts(draft.conditions);
  const tags = draft.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  const actions: RuleInput['actions'] = {
    ...(draft.teamId ? { teamId: draft.teamId } : {}),
    ...(draft.priority ? { priority: draft.priority } : {}),
    ...(draft.assigneeId ? { assigneeId: draft.assigneeId } : {}),
    ...(draft.slaPolicyId ? { slaPolicyId: draft.slaPolicyId } : {}),
    ...(tags.length > 0 ? { addTags: tags } : {}),
  };
  if (draft.name.trim() === '') errors.name = 'Name the rule, e.g. "Refunds to Billing".';
  if (Object.keys(actions).length === 0) errors.actions = 'Choose at least one thing the rule does.';
  const input = { name: draft.name.trim(), enabled: draft.enabled, stop: draft.stop, conditions, actions };
  return { input, errors };
}

/** Inbox settings › Routing rules › New rule or one rule. */
export function RuleEditorPage() {
  const { ruleId } = useParams();
  const rules = useRules();
  return (
    <EditorItem
      id={ruleId}
      list={rules}
      loading="Loading the rule…"
      missing={{
        title: 'No such rule',
        documentTitle: 'Rule · Inbox settings',
        back: 'Back to the rules',
        backTo: '/inbox/settings/rules',
      }}
    >
      {(rule) => <RuleForm key={rule?.id} rule={rule} />}
    </EditorItem>
  );
}

function RuleForm({ rule }: { rule: RoutingRule | null }) {
  const teams = useTeams();
  const policies = usePolicies();
  const agents = useAgents();
  const save = useSaveRule();
  const { errors, passes } = useClientChecks(save);
  const backWith = useBackWith();
  const [draft, setDraft] = useState(() => toDraft(rule));
  const set = (changes: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const missing = referenceProblem(save.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = toInput(draft);
    if (!passes(event, found)) return;
    save.mutate(
      { id: rule?.id ?? null, input },
      {
        onSuccess: (saved) =>
          backWith('/inbox/settings/rules', `${saved.name} ${rule ? 'saved' : 'created'}.`),
      },
    );
  }

  /** Keeps a saved id that the list does not offer (any more) selectable, saying so. */
  const withMissing = (id: string, ids: readonly string[] | undefined, label: string) =>
    id && ids && !ids.includes(id) ? <option value={id}>{label}</option> : null;

  const title = rule ? `Edit ${rule.name}` : 'New routing rule';
  return (
    <section data-testid="rule-editor">
      <PageHeader title={title} documentTitle={`${title} · Inbox settings`} />
      <form className="card form settings-form" onSubmit={onSubmit} noValidate aria-label={title}>
        {missing ? (
          <div className="alert alert-error" role="alert" data-testid="rule-reference-missing">
            <p>{missing}</p>
          </div>
        ) : (
          <FormError
            error={save.error}
            knownFields={['name', 'actions.teamId', 'actions.assigneeId', 'actions.slaPolicyId']}
          />
        )}
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
          emptyText="With none, every new conversation matches."
        />
        <fieldset
          className="field settings-group"
          aria-describedby={errors.actions ? 'rule-actions-error' : undefined}
        >
          <legend className="field-label">Then</legend>
          {errors.actions ? (
            <p className="field-error" id="rule-actions-error">
              {errors.actions}
            </p>
          ) : null}
          <div className="settings-grid">
            <SelectField
              label="Send to team"
              value={draft.teamId}
              onChange={(event) => set({ teamId: event.target.value })}
              error={fieldError(save.error, 'actions.teamId')}
            >
              <option value="">No change</option>
              {withMissing(
                draft.teamId,
                teams.data?.map((team) => team.id),
                'A team that no longer exists',
              )}
              {(teams.data ?? []).map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Priority"
              value={draft.priority}
              onChange={(event) => set({ priority: event.target.value as Priority | '' })}
            >
              <option value="">No change</option>
              {PRIORITIES.map((priority) => (
                <option key={priority.value} value={priority.value}>
                  {priority.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Assign to"
              value={draft.assigneeId}
              onChange={(event) => set({ assigneeId: event.target.value })}
              error={fieldError(save.error, 'actions.assigneeId')}
            >
              <option value="">Nobody (the team assigns)</option>
              {withMissing(
                draft.assigneeId,
                agents.data?.map((agent) => agent.id),
                'Someone who can no longer work the inbox',
              )}
              {(agents.data ?? []).map((agent) => (
                <option key={agent.id} value={agent.id}>
                  {agentLabel(agent)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="SLA policy"
              value={draft.slaPolicyId}
              onChange={(event) => set({ slaPolicyId: event.target.value })}
              error={fieldError(save.error, 'actions.slaPolicyId')}
              hint="Without one, the first SLA policy whose conditions hold applies."
            >
              <option value="">The first that matches</option>
              {withMissing(
                draft.slaPolicyId,
                policies.data?.map((policy) => policy.id),
                'A policy that no longer exists',
              )}
              {(policies.data ?? []).map((policy) => (
                <option key={policy.id} value={policy.id}>
                  {policy.name}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label="Add tags"
            hint="Separated by commas, like vip, refund."
            value={draft.tags}
            autoComplete="off"
            onChange={(event) => set({ tags: event.target.value })}
          />
        </fieldset>
        <CheckboxField
          label="Stop after this rule"
          hint="When this rule matches, the rules after it do not run."
          checked={draft.stop}
          onChange={(event) => set({ stop: event.target.checked })}
        />
        <CheckboxField
          label="Enabled"
          checked={draft.enabled}
          onChange={(event) => set({ enabled: event.target.checked })}
        />
        <EditorActions pending={save.isPending} cancelTo="/inbox/settings/rules">
          {rule ? 'Save rule' : 'Create rule'}
        </EditorActions>
      </form>
    </section>
  );
}
