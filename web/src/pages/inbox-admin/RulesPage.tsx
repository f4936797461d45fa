import { useState } from 'react';
import { Link } from 'react-router';
import {
  useDeleteRule,
  usePolicies,
  useReorderRules,
  useRules,
  useSaveRule,
  useTeams,
} from '../../api/inbox-admin.ts';
import type { RoutingRule } from '../../api/inbox-admin.ts';
import { useAgents, useChannelKinds } from '../../api/inbox-people.ts';
import type { ChannelKind } from '../../api/inbox-people.ts';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { errorMessage } from '../../components/Feedback.tsx';
import { DeleteDialog, ListFeedback, ListStates, useListReport } from './ListPage.tsx';
import type { Direction } from './move.ts';
import { useMove } from './move.ts';
import { ConditionsSummary, OrderedCard } from './OrderedCard.tsx';
import { describeActions, referenceProblem } from './rule-text.ts';
import type { KnownNames } from './rule-text.ts';

const ruleRow = (id: string) => `[data-testid="routing-rule"][data-rule-id="${id}"]`;

/** Inbox settings › Routing rules: run in order on every new conversation; the first to set a value wins. */
export function RulesPage() {
  const rules = useRules();
  const teams = useTeams();
  const policies = usePolicies();
  const agents = useAgents();
  const channels = useChannelKinds();
  const reorder = useReorderRules();
  const save = useSaveRule();
  const remove = useDeleteRule();
  const { message, error, report, setError } = useListReport();
  const [deleting, setDeleting] = useState<RoutingRule | null>(null);
  const items = rules.data ?? [];
  const known: KnownNames = { teams: teams.data, policies: policies.data, people: agents.data };

  const move = useMove({
    items,
    rowSelector: ruleRow,
    reorder,
    onMoved: (rule, place, count) => report(`${rule.name} now runs ${place} of ${count}.`),
    onFailed: (rule, failure) => setError(`Could not move ${rule.name}: ${errorMessage(failure)}`),
  });

  function toggle(rule: RoutingRule) {
    const { id, position: _position, ...input } = rule;
    save.mutate(
      { id, input: { ...input, enabled: !rule.enabled } },
      {
        onSuccess: () => report(`${rule.name} is ${rule.enabled ? 'disabled' : 'enabled'}.`),
        onError: (failure) =>
          setError(
            `Could not ${rule.enabled ? 'disable' : 'enable'} ${rule.name}: ${referenceProblem(failure) ?? errorMessage(failure)}`,
          ),
      },
    );
  }

  return (
    <section data-testid="inbox-rules-page">
      <PageHeader
        title="Routing rules"
        documentTitle="Routing rules · Inbox settings"
        description="Every new conversation runs through the enabled rules in this order. The first matching rule to set a team, priority, assignee or SLA policy wins; tags add up. A rule can stop the ones after it."
        actions={
          <Link to="/inbox/settings/rules/new" className="button button-primary">
            New rule
          </Link>
        }
      />
      <ListFeedback message={message} error={error} />
      <ListStates
        query={rules}
        loading="Loading rules…"
        empty="No rules yet: new conversations wait unrouted. Create one with “New rule”."
      />
      {items.length > 0 ? (
        <ol className="settings-list" aria-label="Routing rules, in the order they run">
          {items.map((rule, index) => (
            <RuleCard
              key={rule.id}
              rule={rule}
              index={index}
              count={items.length}
              known={known}
              channels={channels.data}
              onMove={move}
              onToggle={toggle}
              onDelete={setDeleting}
            />
          ))}
        </ol>
      ) : null}
      {deleting ? (
        <DeleteDialog
          target={deleting}
          mutation={remove}
          name={deleting.name}
          what="rule"
          testId="delete-rule-dialog"
          description={
            <p>New conversations stop running through it. Conversations it routed keep their team.</p>
          }
          onClose={() => setDeleting(null)}
          onDeleted={report}
        />
      ) : null}
    </section>
  );
}

function RuleCard({
  rule,
  index,
  count,
  known,
  channels,
  onMove,
  onToggle,
  onDelete,
}: {
  rule: RoutingRule;
  index: number;
  count: number;
  known: KnownNames;
  channels: readonly ChannelKind[] | undefined;
  onMove: (rule: RoutingRule, direction: Direction) => void;
  onToggle: (rule: RoutingRule) => void;
  onDelete: (rule: RoutingRule) => void;
}) {
  const actions = describeActions(rule.actions, known);
  return (
    <OrderedCard
      item={rule}
      index={index}
      count={count}
      testId="routing-rule"
      idAttribute="data-rule-id"
      off={!rule.enabled}
      badges={
        <>
          {rule.enabled ? <Badge tone="success">Enabled</Badge> : <Badge>Disabled</Badge>}
          {rule.stop ? <Badge tone="warning">Stops later rules</Badge> : null}
          {actions.some((line) => line.missing) ? <Badge tone="danger">Names something missing</Badge> : null}
        </>
      }
      editTo={`/inbox/settings/rules/${rule.id}`}
      actions={
        <button
          type="button"
          className="button button-small"
          aria-label={`${rule.enabled ? 'Disable' : 'Enable'} ${rule.name}`}
          onClick={() => onToggle(rule)}
        >
          {rule.enabled ? 'Disable' : 'Enable'}
        </button>
      }
      onMove={(direction) => onMove(rule, direction)}
      onDelete={() => onDelete(rule)}
    >
      <div className="rule-summary">
        <ConditionsSummary
          title="When"
          conditions={rule.conditions}
          channels={channels}
          none="Every new conversation"
        />
        <div>
          <h3 className="settings-item-subtitle">Then</h3>
          <ul className="plain-list">
            {actions.map((line) => (
              <li key={line.text} className={line.missing ? 'error-text' : undefined}>
                {line.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </OrderedCard>
  );
}
