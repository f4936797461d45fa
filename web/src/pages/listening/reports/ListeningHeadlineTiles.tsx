import type { ListeningReport } from '../../../api/listening-reports.ts';
import {
  formatCount,
  formatPoints,
  formatRatio,
  formatSentiment,
  formatShare,
  longDate,
  shortDate,
} from './report-format.ts';

interface Tile {
  label: string;
  value: string;
  note: string;
  tone?: 'good' | 'bad';
}

/**
 * Good or bad news by the direction of a change; nothing when it moved less than `noise` (two
 * points of a share, 0.05 of sentiment) or cannot tell.
 */
function toneOf(delta: number | null, worseWhen: 'up' | 'down', noise: number): Tile['tone'] {
  if (delta === null || Math.abs(delta) < noise) return undefined;
  return (worseWhen === 'up') === delta > 0 ? 'bad' : 'good';
}

function tilesOf(report: ListeningReport): Tile[] {
  const { current, previous, change } = report.totals;
  const before = `${shortDate(report.range.previous.from)} – ${longDate(report.range.previous.to)}`;
  return [
    {
      label: 'Mentions',
      value: formatCount(current.mentions),
      note:
        previous.mentions === 0
          ? 'none in the range before'
          : `${formatRatio(change.mentionsRatio)} against ${formatCount(previous.mentions)} before`,
    },
    {
      label: 'Average sentiment',
      value: formatSentiment(current.averageSentiment),
      note:
        change.averageSentiment === null
          ? 'from −1 to +1'
          : `${formatSentiment(change.averageSentiment)} against ${formatSentiment(previous.averageSentiment)} before`,
      tone: toneOf(change.averageSentiment, 'down', 0.05),
    },
    {
      label: 'Negative',
      value: formatShare(current.negativeShare),
      note:
        change.negativeShare === null
          ? `${formatCount(current.negative)} mentions`
          : `${formatPoints(change.negativeShare)} against ${formatShare(previous.negativeShare)} before`,
      tone: toneOf(change.negativeShare, 'up', 0.02),
    },
    {
      label: 'Positive',
      value: formatShare(current.positiveShare),
      note:
        change.positiveShare === null
          ? `${formatCount(current.positive)} mentions`
          : `${formatPoints(change.positiveShare)} against ${formatShare(previous.positiveShare)} before`,
      tone: toneOf(change.positiveShare, 'down', 0.02),
    },
    {
      label: 'Range',
      value: `${report.range.days} ${report.range.days === 1 ? 'day' : 'days'}`,
      note: `compared with ${before}`,
    },
  ];
}

/** The range's headline numbers against the range of equal length before it. */
export function ListeningHeadlineTiles({ report }: { report: ListeningReport }) {
  return (
    <dl className="report-tiles" data-testid="listening-report-tiles">
      {tilesOf(report).map((tile) => (
        <div
          key={tile.label}
          className={tile.tone ? `report-tile report-tile-${tile.tone}` : 'report-tile'}
          data-testid="report-tile"
        >
          <dt>{tile.label}</dt>
          <dd className="report-tile-value numeric">{tile.value}</dd>
          <dd className="report-tile-note">{tile.note}</dd>
        </div>
      ))}
    </dl>
  );
}
