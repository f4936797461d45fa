import { useState } from 'react';
import type { ReportRow } from '../../api/reports.ts';
import { formatCount, formatCsat, formatMinutes, formatPercent } from './report-format.ts';

type SortKey = Exclude<keyof ReportRow, 'id' | 'csatResponses'>;

interface Column {
  key: SortKey;
  label: string;
  show: (row: ReportRow) => string;
}

const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'Name', show: (row) => row.name },
  { key: 'conversations', label: 'Conversations', show: (row) => formatCount(row.conversations) },
  { key: 'resolved', label: 'Resolved', show: (row) => formatCount(row.resolved) },
  {
    key: 'firstResponseMedian',
    label: 'First response, median',
    show: (row) => formatMinutes(row.firstResponseMedian),
  },
  {
    key: 'firstResponseP90',
    label: 'First response, p90',
    show: (row) => formatMinutes(row.firstResponseP90),
  },
  {
    key: 'resolutionMedian',
    label: 'Resolution, median',
    show: (row) => formatMinutes(row.resolutionMedian),
  },
  { key: 'slaAttainment', label: 'SLA met', show: (row) => formatPercent(row.slaAttainment) },
  { key: 'breaches', label: 'Breaches', show: (row) => formatCount(row.breaches) },
  { key: 'escalations', label: 'Escalations', show: (row) => formatCount(row.escalations) },
  {
    key: 'csatAverage',
    label: 'CSAT',
    show: (row) => (row.csatResponses > 0 ? `${formatCsat(row.csatAverage)} (${row.csatResponses})` : '—'),
  },
];

/** Rows ordered by one column; missing values always go last, whichever the direction. */
function sortRows(rows: readonly ReportRow[], key: SortKey, descending: boolean): ReportRow[] {
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return descending ? -order : order;
  });
}

/** The report per team or per agent: a table sortable by any column. */
export function ReportTable({
  caption,
  rows,
  testId,
}: {
  caption: string;
  rows: readonly ReportRow[];
  testId: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'conversations',
    descending: true,
  });
  const sorted = sortRows(rows, sort.key, sort.descending);

  function sortBy(key: SortKey) {
    // A new column starts with the largest (names: A to Z); the same column flips.
    setSort((current) =>
      current.key === key ? { key, descending: !current.descending } : { key, descending: key !== 'name' },
    );
  }

  if (rows.length === 0) return <p className="empty-inline">Nothing to show for this range.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table stack report-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}, sortable by column</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    {column.label}
                    <span className="sort-mark" aria-hidden="true">
                      {active ? (sort.descending ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.id ?? `none-${row.name}`} data-testid="report-row">
              {COLUMNS.map((column) =>
                column.key === 'name' ? (
                  <th key={column.key} scope="row" data-label={column.label}>
                    {row.name}
                  </th>
                ) : (
                  <td key={column.key} data-label={column.label} className="numeric">
                    {column.show(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
