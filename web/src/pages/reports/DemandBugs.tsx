import { useMemo } from 'react';
import { Link } from 'react-router';
import type { BugChannels, DemandReport } from '../../api/demand-report.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Chart } from './Chart.tsx';
import { channelBars } from './demand-chart.ts';
import { formatCount } from './report-format.ts';

const BUG_CHANNELS: readonly { key: keyof BugChannels; label: string }[] = [
  { key: 'mention', label: 'Mentions' },
  { key: 'conversation', label: 'Conversations' },
  { key: 'thread', label: 'Forum threads' },
];

const day = (iso: string) => iso.slice(0, 10);

/** The most reported bugs, by theme (key phrase): bars by channel, then the table with examples. */
export function DemandBugs({ bugs }: { bugs: DemandReport['bugs'] }) {
  const { themes, reports } = bugs;
  const chart = useMemo(
    () =>
      channelBars(
        themes.map((theme) => ({ name: theme.phrase, byChannel: theme.byChannel })),
        BUG_CHANNELS,
        'Theme',
      ),
    [themes],
  );
  return (
    <>
      <h2 className="report-heading">Most reported bugs</h2>
      <p className="muted small" data-testid="demand-bug-totals">
        {formatCount(reports.total)} bug {reports.total === 1 ? 'report' : 'reports'}:{' '}
        {BUG_CHANNELS.map(
          (channel) => `${formatCount(reports[channel.key])} ${channel.label.toLowerCase()}`,
        ).join(', ')}
        . A report counts under each of its key phrases.
        {bugs.capped ? ` Only the newest ${formatCount(bugs.readCap)} items of each channel were read.` : ''}
      </p>
      {themes.length === 0 ? (
        <div className="empty-state" data-testid="demand-bugs-empty">
          <p className="empty-state-what">No bug reports in this period.</p>
          <p className="empty-state-status">
            Mentions, conversations and forum questions that describe something broken show up here.
          </p>
        </div>
      ) : (
        <>
          <Chart
            title="Bug themes by channel"
            summary="Bug reports per key phrase in the period, by where they were reported."
            option={chart.option}
            table={chart.table}
            testId="demand-bugs-chart"
          />
          <DataTable
            caption="Most reported bugs"
            columns={[
              'Theme',
              'Reports',
              ...BUG_CHANNELS.map((channel) => channel.label),
              'Seen',
              'Examples',
            ]}
            testId="demand-bugs"
          >
            {themes.map((theme) => (
              <tr key={theme.phrase}>
                <td data-label="Theme">{theme.phrase}</td>
                <td data-label="Reports" className="numeric">
                  {formatCount(theme.total)}
                </td>
                {BUG_CHANNELS.map((channel) => (
                  <td key={channel.key} data-label={channel.label} className="numeric">
                    {formatCount(theme.byChannel[channel.key])}
                  </td>
                ))}
                <td data-label="Seen">
                  {day(theme.firstSeen) === day(theme.lastSeen)
                    ? day(theme.lastSeen)
                    : `${day(theme.firstSeen)} to ${day(theme.lastSeen)}`}
                </td>
                <td data-label="Examples">
                  <ul className="report-examples">
                    {theme.examples.map((example) => (
                      <li key={`${example.channel}:${example.id}`}>
                        <Link to={example.link}>{example.title}</Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
