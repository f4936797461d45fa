import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { isRerunning, useCreateRule, useRerunRule, useRules, useUpdateRule } from '../../api/listening.ts';
import type { InboxMode, RuleCategory, Sensitivity, WatchRule, WatchRuleInput } from '../../api/listening.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { ArchiveDialog } from '../../components/Archiving.tsx';
import {
  CheckboxField,
  RadioGroup,
  SelectField,
  TextField,
  WholeNumberField,
} from '../../components/Field.tsx';
import { EditorActions } from '../../components/FormActions.tsx';
import { fieldError, FormError, LiveMessage, useClientChecks } from '../../components/Feedback.tsx';
import { EditorItem } from '../inbox-admin/EditorItem.tsx';
import { useBackWith } from '../inbox-admin/flash.ts';
import { CATEGORY_OPTIONS, INBOX_MODE_OPTIONS, SENSITIVITY_OPTIONS } from './labels.ts';
import { QueryField, QuerySyntaxHelp, useCheckedQuery } from './QueryField.tsx';

const RULES = '/listening/settings/rules';

/** The server's default inbox mode per category (src/modules/listening/use-cases/manage-rules.ts). */
const DEFAULT_INBOX: Record<RuleCategory, InboxMode> = {
  brand: 'needs_answer',
  product: 'needs_answer',
  competitor: 'never',
  topic: 'never',
};

interface RuleDraft {
  name: string;
  category: RuleCategory;
  query: string;
  inbox: InboxMode;
  /** Whether the inbox mode was chosen (otherwise it follows the category's default). */
  inboxChosen: boolean;
  alerts: boolean;
  sensitivity: Sensitivity;
  minVolume: string;
  cooldownHours: string;
}

function toDraft(rule: WatchRule | null): RuleDraft {
  return {
    name: rule?.name ?? '',
    category: rule?.category ?? 'brand',
    query: rule?.query ?? '',
    inbox: rule?.inbox ?? 'needs_answer',
    inboxChosen: rule !== null,
    alerts: rule?.alerts ?? true,
    sensitivity: rule?.sensitivity ?? 'medium',
    minVolume: String(rule?.minVolume ?? 5),
    cooldownHours: String(rule?.cooldownHours ?? 6),
  };
}

const wholeNumber = (text: string, min: number, max: number) => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
};

function toInput(draft: RuleDraft): { input: WatchRuleInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (draft.name.trim() === '') errors.name = 'Name the rule, like “Lumo” or “Competitor: Glow”.';
  if (draft.query.trim() === '') errors.query = 'Write what to look for.';
  const minVolume = wholeNumber(draft.minVolume, 1, 100_000);
  if (minVolume === null) errors.minVolume = 'A whole number from 1 to 100,000.';
  const cooldownHours = wholeNumber(draft.cooldownHours, 0, 168);
  if (cooldownHours === null) errors.cooldownHours = 'A whole number of hours from 0 to 168.';
  return {
    input: {
      name: draft.name.trim(),
      category: draft.category,
      query: draft.query.trim(),
      inbox: draft.inbox,
      alerts: draft.alerts,
      sensitivity: draft.sensitivity,
      minVolume: minVolume ?? 5,
      cooldownHours: cooldownHours ?? 6,
    },
    errors,
  };
}

const KNOWN_FIELDS = ['name', 'category', 'query', 'inbox', 'sensitivity', 'minVolume', 'cooldownHours'];

/** Listening › Rules › New rule, or one rule. */
export function RuleEditorPage() {
  const { ruleId } = useParams();
  const rules = useRules();
  return (
    <EditorItem
      id={ruleId}
      list={rules}
      loading="Loading the rule…"
      missing={{
        title: 'No such watch rule',
        documentTitle: 'Watch rule · Listening',
        back: 'Back to the watch rules',
        backTo: RULES,
      }}
    >
      {(rule) => <RuleForm key={rule?.id} rule={rule} />}
    </EditorItem>
  );
}

function RuleForm({ rule }: { rule: WatchRule | null }) {
  const create = useCreateRule();
  const update = useUpdateRule();
  const save = rule ? update : create;
  const { errors, passes } = useClientChecks(save);
  const backWith = useBackWith();
  const [draft, setDraft] = useState(() => toDraft(rule));
  const { check } = useCheckedQuery(draft.query);
  const set = (changes: Partial<RuleDraft>) => setDraft((current) => ({ ...current, ...changes }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = toInput(draft);
    const checked = check.data;
    if (!found.query && checked && checked.query === draft.query && !checked.ok)
      found.query = checked.message ?? 'Hearth cannot read this query.';
    if (!passes(event, found)) return;
    const done = (saved: WatchRule) =>
      backWith(
        RULES,
        rule && saved.query === rule.query
          ? `${saved.name} saved.`
          : `${saved.name} ${rule ? 'saved' : 'created'}; it is running over the stored mentions.`,
      );
    if (rule) update.mutate({ id: rule.id, ...input }, { onSuccess: done });
    else create.mutate(input, { onSuccess: done });
  }

  const title = rule ? `Edit ${rule.name}` : 'New watch rule';
  return (
    <section data-testid="listening-rule-editor">
      <PageHeader title={title} documentTitle={`${title} · Listening`} />
      <form className="card form settings-form" onSubmit={onSubmit} noValidate aria-label={title}>
        <FormError error={save.error} knownFields={KNOWN_FIELDS} />
        <TextField
          label="Name"
          name="name"
          maxLength={80}
          autoComplete="off"
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
          error={fieldError(save.error, 'name', errors.name)}
        />
        <SelectField
          label="Category"
          value={draft.category}
          hint={CATEGORY_OPTIONS.find((option) => option.value === draft.category)?.description}
          onChange={(event) => {
            const category = event.target.value as RuleCategory;
            set(draft.inboxChosen ? { category } : { category, inbox: DEFAULT_INBOX[category] });
          }}
          error={fieldError(save.error, 'category')}
        >
          {CATEGORY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <QueryField
          value={draft.query}
          onChange={(query) => set({ query })}
          check={check}
          error={fieldError(save.error, 'query', errors.query)}
        />
        <QuerySyntaxHelp />
        <RadioGroup<InboxMode>
          legend="Send to the inbox"
          name="inbox"
          value={draft.inbox}
          options={INBOX_MODE_OPTIONS}
          onChange={(inbox) => set({ inbox, inboxChosen: true })}
          error={fieldError(save.error, 'inbox')}
        />
        <fieldset className="field settings-group">
          <legend className="field-label">Spike alerts</legend>
          <CheckboxField
            label="Alert when mentions of this rule spike"
            hint="Also when its negative mentions spike. Admins and managers are notified; the alert webhook is called."
            checked={draft.alerts}
            onChange={(event) => set({ alerts: event.target.checked })}
          />
          <div className="settings-grid">
            <SelectField
              label="Sensitivity"
              value={draft.sensitivity}
              disabled={!draft.alerts}
              onChange={(event) => set({ sensitivity: event.target.value as Sensitivity })}
              error={fieldError(save.error, 'sensitivity')}
            >
              {SENSITIVITY_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </SelectField>
            <WholeNumberField
              label="Minimum mentions"
              hint="A spike needs at least this many mentions in 5 minutes."
              min={1}
              max={100_000}
              disabled={!draft.alerts}
              value={draft.minVolume}
              onChange={(event) => set({ minVolume: event.target.value })}
              error={fieldError(save.error, 'minVolume', errors.minVolume)}
            />
            <WholeNumberField
              label="Cool-down (hours)"
              hint="After an alert, only a clearly stronger spike alerts again within this time."
              min={0}
              max={168}
              disabled={!draft.alerts}
              value={draft.cooldownHours}
              onChange={(event) => set({ cooldownHours: event.target.value })}
              error={fieldError(save.error, 'cooldownHours', errors.cooldownHours)}
            />
          </div>
        </fieldset>
        <EditorActions pending={save.isPending} cancelTo={RULES}>
          {rule ? 'Save rule' : 'Create rule'}
        </EditorActions>
      </form>
      {rule ? <RuleUpkeep rule={rule} /> : null}
    </section>
  );
}

/** Re-running an existing rule over history, and archiving it. */
function RuleUpkeep({ rule }: { rule: WatchRule }) {
  const rerun = useRerunRule();
  const update = useUpdateRule();
  const backWith = useBackWith();
  const [archiving, setArchiving] = useState(false);
  const running = isRerunning(rule);
  return (
    <section className="card section settings-card rule-upkeep" aria-labelledby="rule-upkeep-title">
      <h2 id="rule-upkeep-title">Upkeep</h2>
      <p className="muted">
        A changed query runs over the stored mentions by itself. Run it again after an import, or if counts
        look off.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => rerun.mutate(rule)}
          disabled={rerun.isPending || running}
          aria-busy={rerun.isPending || undefined}
        >
          Re-run over history
        </button>
        <button
          type="button"
          className="button button-danger-outline"
          onClick={() => setArchiving(true)}
          aria-label={`Archive ${rule.name}`}
        >
          Archive
        </button>
        <LiveMessage className="form-status">
          {running ? 'Re-running over history… the match count updates when it is done.' : ''}
        </LiveMessage>
      </div>
      <FormError error={rerun.error} />
      {archiving ? (
        <ArchiveDialog
          target={rule}
          update={update}
          what="rule"
          testId="archive-rule-dialog"
          description={
            <p>
              New mentions stop being matched against it. Mentions it already tagged keep the tag. You can
              restore it from the list of watch rules.
            </p>
          }
          onClose={() => setArchiving(false)}
          onArchived={(text) => backWith(RULES, text)}
        />
      ) : null}
    </section>
  );
}
