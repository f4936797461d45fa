import type { InboxReport } from '../../api/reports.ts';
import { formatCount, formatCsat, formatMinutes, formatPercent } from './report-format.ts';

interface Tile {
  label: string;
  value: string;
  note?: string;
  tone?: 'good' | 'bad';
}

function tilesOf(report: InboxReport): Tile[] {
  const { totals, firstResponse, resolution } = report;
  return [
    {
      label: 'Conversations',
      value: formatCount(totals.conversations),
      note: `${formatCount(totals.resolved)} resolved`,
    },
    {
      label: 'SLA attainment',
      value: formatPercent(totals.slaAttainment),
      note: 'targets met',
      tone: totals.slaAttainment === null ? undefined : totals.slaAttainment >= 0.9 ? 'good' : 'bad',
    },
    { label: 'Breaches', value: formatCount(totals.breaches), tone: totals.breaches > 0 ? 'bad' : undefined },
    { label: 'First response, median', value: formatMinutes(firstResponse.medianMinutes) },
    {
      label: 'First response, p90',
      value: formatMinutes(firstResponse.p90Minutes),
      note: '9 in 10 answered within',
    },
    { label: 'Resolution, median', value: formatMinutes(resolution.medianMinutes) },
    {
      label: 'CSAT',
      value: formatCsat(totals.csatAverage),
      note: `${formatCount(totals.csatResponses)} ${totals.csatResponses === 1 ? 'rating' : 'ratings'}`,
    },
    { label: 'Escalations', value: formatCount(totals.escalated) },
    { label: 'Deflected', value: formatCount(totals.deflected), note: 'answered by the community' },
  ];
}

/** The range's headline numbers, one tile each. */
export function HeadlineTiles({ report }: { report: InboxReport }) {
  return (
    <dl className="report-tiles" data-testid="report-tiles">
      {tilesOf(report).map((tile) => (
        <div
          key={tile.label}
          className={tile.tone ? `report-tile report-tile-${tile.tone}` : 'report-tile'}
          data-testid="report-tile"
        >
          <dt>{tile.label}</dt>
          <dd className="report-tile-value numeric">{tile.value}</dd>
          {tile.note ? <dd className="report-tile-note">{tile.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
