import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isRerunning, listeningKeys, useRerunRule, useRules, useUpdateRule } from '../../api/listening.ts';
import type { WatchRule } from '../../api/listening.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader } from '../../components/Bits.tsx';
import {
  ArchiveButton,
  ArchiveDialog,
  ArchivedList,
  restoreArchived,
  RestoreButton,
} from '../../components/Archiving.tsx';
import { errorMessage } from '../../components/Feedback.tsx';
import { SettingsCard } from '../../components/SettingsCard.tsx';
import { ListFeedback, ListStates, useListReport } from '../inbox-admin/ListPage.tsx';
import { categoryLabel, INBOX_MODE_SHORT, SENSITIVITY_LABELS } from './labels.ts';

export function rulePath(rule: Pick<WatchRule, 'id'>): string {
  return `/listening/settings/rules/${encodeURIComponent(rule.id)}`;
}

/** "On: medium sensitivity, from 5 mentions, 6 h between alerts" or "Off". */
export function describeAlerts(rule: WatchRule): string {
  if (!rule.alerts) return 'Off';
  const cooldown =
    rule.cooldownHours === 0 ? 'no pause between alerts' : `${rule.cooldownHours} h between alerts`;
  return `On: ${SENSITIVITY_LABELS[rule.sensitivity].toLowerCase()} sensitivity, from ${rule.minVolume} ${rule.minVolume === 1 ? 'mention' : 'mentions'}, ${cooldown}`;
}

/** Listening › Rules: what to watch for, what goes to the inbox, and what may raise an alert. */
export function RulesPage() {
  const rules = useRules();
  const update = useUpdateRule();
  const rerun = useRerunRule();
  const client = useQueryClient();
  const { message, error, report, setError } = useListReport();
  const [archiving, setArchiving] = useState<WatchRule | null>(null);
  const all = rules.data ?? [];
  const active = all.filter((rule) => !rule.archived);
  const archived = all.filter((rule) => rule.archived);

  // Match counts grow as mentions are stored.
  useLiveEvent('listening.items', () => {
    void client.invalidateQueries({ queryKey: listeningKeys.rules });
  });

  const restore = (rule: WatchRule) => restoreArchived(rule, update, { report, setError });

  function onRerun(rule: WatchRule) {
    rerun.mutate(rule, {
      onSuccess: () => report(`${rule.name} is running over every stored mention again.`),
      onError: (failure) => setError(`Could not re-run ${rule.name}: ${errorMessage(failure)}`),
    });
  }

  return (
    <section data-testid="listening-rules-page">
      <PageHeader
        title="Watch rules"
        documentTitle="Watch rules · Listening"
        description="Each rule is a search that tags the mentions it matches: it decides which of them go to the inbox, and watches their volume for spikes. A new or changed rule also runs over the mentions already stored."
        actions={
          <Link to="/listening/settings/rules/new" className="button button-primary">
            New rule
          </Link>
        }
      />
      <ListFeedback message={message} error={error} />
      <ListStates
        query={rules}
        loading="Loading watch rules…"
        empty="No watch rules yet: mentions stay in the stream and only the overall volume is watched. Create one with “New rule”."
      />
      {active.length > 0 ? (
        <ul className="settings-list" aria-label="Watch rules" data-testid="rules-list">
          {active.map((rule) => (
            <RuleCard
              key={rule.id}
              rule={rule}
              rerunPending={rerun.isPending && rerun.variables?.id === rule.id}
              onRerun={() => onRerun(rule)}
              onArchive={() => setArchiving(rule)}
            />
          ))}
        </ul>
      ) : null}
      {archived.length > 0 ? (
        <ArchivedList label="Archived watch rules" testId="archived-rules-list">
          {archived.map((rule) => (
            <RuleCard key={rule.id} rule={rule} onRestore={() => restore(rule)} />
          ))}
        </ArchivedList>
      ) : null}
      {archiving ? (
        <ArchiveDialog
          target={archiving}
          update={update}
          what="rule"
          testId="archive-rule-dialog"
          description={
            <p>
              New mentions stop being matched against it: none goes to the inbox or raises an alert because of
              it. Mentions it already tagged keep the tag. You can restore it later.
            </p>
          }
          onClose={() => setArchiving(null)}
          onArchived={report}
        />
      ) : null}
    </section>
  );
}

function RuleCard({
  rule,
  rerunPending = false,
  onRerun,
  onArchive,
  onRestore,
}: {
  rule: WatchRule;
  rerunPending?: boolean;
  onRerun?: () => void;
  onArchive?: () => void;
  onRestore?: () => void;
}) {
  const running = isRerunning(rule);
  return (
    <SettingsCard
      name={rule.name}
      archived={rule.archived}
      data-testid="watch-rule"
      data-rule-id={rule.id}
      data-rerunning={running}
      badges={
        <>
          <Badge tone="accent">{categoryLabel(rule.category)}</Badge>
          {rule.archived ? <Badge>Archived</Badge> : null}
          {running ? (
            <span className="rerun-state" data-testid="rule-rerunning">
              <span className="spinner" aria-hidden="true" />
              Re-running over history…
            </span>
          ) : null}
        </>
      }
    >
      <dl className="settings-facts">
        <div className="settings-facts-wide">
          <dt>Hearth reads it as</dt>
          <dd>
            <code className="rule-canonical" data-testid="rule-canonical">
              {rule.canonical}
            </code>
          </dd>
        </div>
        <div>
          <dt>Matches</dt>
          <dd>
            <span className="numeric" data-testid="rule-match-count">
              {rule.matchCount.toLocaleString()}
            </span>{' '}
            <Link
              to={`/listening?rule=${encodeURIComponent(rule.id)}`}
              aria-label={`See the mentions ${rule.name} matches`}
            >
              See them
            </Link>
          </dd>
        </div>
        <div>
          <dt>To the inbox</dt>
          <dd data-testid="rule-inbox">{INBOX_MODE_SHORT[rule.inbox]}</dd>
        </div>
        <div>
          <dt>Alerts</dt>
          <dd data-testid="rule-alerts">{describeAlerts(rule)}</dd>
        </div>
      </dl>
      <div className="settings-item-actions">
        {rule.archived ? null : (
          <Link to={rulePath(rule)} className="button button-small" aria-label={`Edit ${rule.name}`}>
            Edit
          </Link>
        )}
        {onRerun ? (
          <button
            type="button"
            className="button button-small"
            aria-label={`Re-run ${rule.name} over history`}
            disabled={rerunPending || running}
            aria-busy={rerunPending || undefined}
            onClick={onRerun}
          >
            Re-run over history
          </button>
        ) : null}
        {onArchive ? <ArchiveButton name={rule.name} onClick={onArchive} /> : null}
        {onRestore ? <RestoreButton name={rule.name} onClick={onRestore} /> : null}
      </div>
    </SettingsCard>
  );
}
