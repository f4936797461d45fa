import { useState } from 'react';
import { Link } from 'react-router';
import { useDeletePolicy, usePolicies, useReorderPolicies } from '../../api/inbox-admin.ts';
import type { SlaPolicy } from '../../api/inbox-admin.ts';
import { useChannelKinds } from '../../api/inbox-people.ts';
import type { ChannelKind } from '../../api/inbox-people.ts';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import { errorMessage } from '../../components/Feedback.tsx';
import { ESCALATION_ACTIONS, formatMinutes } from './labels.ts';
import { DeleteDialog, ListFeedback, ListStates, useListReport } from './ListPage.tsx';
import type { Direction } from './move.ts';
import { useMove } from './move.ts';
import { ConditionsSummary, OrderedCard } from './OrderedCard.tsx';

const policyRow = (id: string) => `[data-testid="sla-policy"][data-policy-id="${id}"]`;

/** Inbox settings › SLA policies: response and resolution targets, their warnings and escalations. */
export function SlaPoliciesPage() {
  const policies = usePolicies();
  const channels = useChannelKinds();
  const reorder = useReorderPolicies();
  const remove = useDeletePolicy();
  const { message, error, report, setError } = useListReport();
  const [deleting, setDeleting] = useState<SlaPolicy | null>(null);
  const items = policies.data ?? [];

  const move = useMove({
    items,
    rowSelector: policyRow,
    reorder,
    onMoved: (policy, place, count) => report(`${policy.name} is now ${place} of ${count}.`),
    onFailed: (policy, failure) => setError(`Could not move ${policy.name}: ${errorMessage(failure)}`),
  });

  return (
    <section data-testid="inbox-sla-page">
      <PageHeader
        title="SLA policies"
        documentTitle="SLA policies · Inbox settings"
        description="A new conversation gets the policy its routing rule names, otherwise one from this list. Business-hours clocks count the team's opening hours (or the default ones)."
        actions={
          <Link to="/inbox/settings/sla/new" className="button button-primary">
            New policy
          </Link>
        }
      />
      <ListFeedback message={message} error={error} />
      <ListStates
        query={policies}
        loading="Loading SLA policies…"
        empty="No SLA policies yet: conversations have no due times. Create one with “New policy”."
      />
      {items.length > 0 ? (
        <>
          <p className="settings-list-note" data-testid="sla-order-note">
            The first policy whose conditions hold applies: put the narrower ones above the broader ones.
          </p>
          <ol className="settings-list" aria-label="SLA policies, in the order they are matched">
            {items.map((policy, index) => (
              <PolicyCard
                key={policy.id}
                policy={policy}
                index={index}
                count={items.length}
                channels={channels.data}
                onMove={move}
                onDelete={setDeleting}
              />
            ))}
          </ol>
        </>
      ) : null}
      {deleting ? (
        <DeleteDialog
          target={deleting}
          mutation={remove}
          name={deleting.name}
          what="policy"
          testId="delete-policy-dialog"
          description={
            <p>New conversations stop getting it. Routing rules that name it will need another policy.</p>
          }
          onClose={() => setDeleting(null)}
          onDeleted={report}
        />
      ) : null}
    </section>
  );
}

function PolicyCard({
  policy,
  index,
  count,
  channels,
  onMove,
  onDelete,
}: {
  policy: SlaPolicy;
  index: number;
  count: number;
  channels: readonly ChannelKind[] | undefined;
  onMove: (policy: SlaPolicy, direction: Direction) => void;
  onDelete: (policy: SlaPolicy) => void;
}) {
  const targets: [string, number | null][] = [
    ['First response', policy.firstResponseMinutes],
    ['Next response', policy.nextResponseMinutes],
    ['Resolution', policy.resolutionMinutes],
  ];
  return (
    <OrderedCard
      item={policy}
      index={index}
      count={count}
      testId="sla-policy"
      idAttribute="data-policy-id"
      badges={
        <Badge tone={policy.businessHours ? 'neutral' : 'accent'}>
          {policy.businessHours ? 'Business hours' : '24/7'}
        </Badge>
      }
      editTo={`/inbox/settings/sla/${policy.id}`}
      onMove={(direction) => onMove(policy, direction)}
      onDelete={() => onDelete(policy)}
    >
      <dl className="settings-facts">
        {targets.map(([label, minutes]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{minutes === null ? <span className="muted">No target</span> : formatMinutes(minutes)}</dd>
          </div>
        ))}
        <div>
          <dt>Warn before</dt>
          <dd>
            {policy.warnBeforeMinutes.length > 0
              ? policy.warnBeforeMinutes.map(formatMinutes).join(', ')
              : 'No warnings'}
          </dd>
        </div>
      </dl>
      <div className="rule-summary">
        <ConditionsSummary
          title="Applies when"
          conditions={policy.conditions}
          channels={channels}
          none="Any conversation (that no policy above matched)"
        />
        <div>
          <h3 className="settings-item-subtitle">Escalation</h3>
          {policy.escalation.length > 0 ? (
            <ul className="plain-list">
              {policy.escalation.map((step, at) => (
                <li key={at}>
                  After {formatMinutes(step.afterMinutes)} overdue:{' '}
                  {ESCALATION_ACTIONS.find((action) => action.value === step.action)?.label.toLowerCase() ??
                    step.action}
                </li>
              ))}
            </ul>
          ) : (
            <p>None</p>
          )}
        </div>
      </div>
    </OrderedCard>
  );
}
