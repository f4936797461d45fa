import type { SentimentGroup } from '../../../api/listening-reports.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { formatCount, formatPoints, formatRatio, formatSentiment, formatShare } from './report-format.ts';

const COLUMNS = [
  'Name',
  'Mentions',
  'vs before',
  'Average sentiment',
  'Sentiment change',
  'Negative',
  'Neutral',
  'Positive',
] as const;

/** Red when the change is bad news, green when good: `worseWhen` says which direction is bad. */
function toneOf(delta: number | null, worseWhen: 'up' | 'down'): string {
  if (delta === null || Math.abs(delta) < 0.005) return 'numeric';
  const bad = worseWhen === 'up' ? delta > 0 : delta < 0;
  return bad ? 'numeric listening-report-worse' : 'numeric listening-report-better';
}

/** Mentions and sentiment per platform, source or watch rule, against the range before. */
export function GroupTable({
  caption,
  groups,
  testId,
  nameOf = (group) => group.name,
}: {
  caption: string;
  groups: readonly SentimentGroup[];
  testId: string;
  nameOf?: (group: SentimentGroup) => string;
}) {
  if (groups.length === 0) return <p className="empty-inline">Nothing to show for this range.</p>;
  return (
    <DataTable caption={caption} columns={COLUMNS} testId={testId}>
      {groups.map((group) => (
        <tr key={group.id ?? `none-${group.name}`} data-testid="report-row">
          <th scope="row" data-label="Name">
            {nameOf(group)}
            {group.archived ? <span className="muted small"> (archived)</span> : null}
          </th>
          <td data-label="Mentions" className="numeric">
            {formatCount(group.mentions)}
          </td>
          <td data-label="vs before" className="numeric">
            {group.previous.mentions === 0
              ? group.mentions > 0
                ? 'none before'
                : '—'
              : `${formatRatio(group.change.mentionsRatio)} (${formatCount(group.previous.mentions)})`}
          </td>
          <td data-label="Average sentiment" className="numeric">
            {formatSentiment(group.averageSentiment)}
          </td>
          <td data-label="Sentiment change" className={toneOf(group.change.averageSentiment, 'down')}>
            {group.change.averageSentiment === null ? '—' : formatSentiment(group.change.averageSentiment)}
          </td>
          <td data-label="Negative" className="numeric">
            {formatShare(group.negativeShare)}
            {group.change.negativeShare !== null ? (
              <span className={`small ${toneOf(group.change.negativeShare, 'up')}`}>
                {' '}
                ({formatPoints(group.change.negativeShare)})
              </span>
            ) : null}
          </td>
          <td data-label="Neutral" className="numeric">
            {formatShare(group.neutralShare)}
          </td>
          <td data-label="Positive" className="numeric">
            {formatShare(group.positiveShare)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
