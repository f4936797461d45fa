import { useMemo } from 'react';
import { Link } from 'react-router';
import type { DemandReport, IdeaChannels } from '../../api/demand-report.ts';
import { IDEA_STATUS_LABELS, type IdeaStatus } from '../../api/ideas.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Chart } from './Chart.tsx';
import { channelBars } from './demand-chart.ts';
import { formatCount } from './report-format.ts';

const IDEA_CHANNELS: readonly { key: keyof IdeaChannels; label: string }[] = [
  { key: 'board', label: 'Board votes' },
  { key: 'conversation', label: 'From conversations' },
  { key: 'mention', label: 'From mentions' },
  { key: 'post', label: 'From forum posts' },
];

const TABLE_CHANNELS: readonly { key: keyof IdeaChannels; label: string }[] = [
  { key: 'board', label: 'Board' },
  { key: 'conversation', label: 'Conversations' },
  { key: 'mention', label: 'Mentions' },
  { key: 'post', label: 'Posts' },
];

const NEW_IDEA_PLACES: readonly { key: keyof IdeaChannels; label: string }[] = [
  { key: 'board', label: 'on the board' },
  { key: 'conversation', label: 'from conversations' },
  { key: 'mention', label: 'from mentions' },
  { key: 'post', label: 'from forum posts' },
];

const statusLabel = (status: string) => IDEA_STATUS_LABELS[status as IdeaStatus] ?? status;

/** The most requested open ideas: a stacked bar of votes by channel, then the table. */
export function DemandIdeas({ ideas }: { ideas: DemandReport['ideas'] }) {
  const { top, newIdeas } = ideas;
  const chart = useMemo(
    () =>
      channelBars(
        top.map((idea) => ({ name: idea.title, byChannel: idea.byChannel })),
        IDEA_CHANNELS,
        'Idea',
      ),
    [top],
  );
  return (
    <>
      <h2 className="report-heading">Most requested ideas</h2>
      <p className="muted small" data-testid="demand-new-ideas">
        {formatCount(newIdeas.total)} new {newIdeas.total === 1 ? 'idea' : 'ideas'} in this period:{' '}
        {NEW_IDEA_PLACES.map((place) => `${formatCount(newIdeas[place.key])} ${place.label}`).join(', ')}.
      </p>
      {top.length === 0 ? (
        <div className="empty-state" data-testid="demand-ideas-empty">
          <p className="empty-state-what">No votes for open ideas in this period.</p>
          <p className="empty-state-status">Choose a longer period, or capture votes from conversations.</p>
        </div>
      ) : (
        <>
          <Chart
            title="Votes by channel"
            summary="Votes each idea got in the period, by where they came from: the board, or captured from a conversation, a mention or a forum post."
            option={chart.option}
            table={chart.table}
            testId="demand-ideas-chart"
          />
          <DataTable
            caption="Most requested ideas"
            columns={[
              'Idea',
              'Status',
              'Votes in period',
              ...TABLE_CHANNELS.map((channel) => channel.label),
              'Weighted demand',
              'Total votes',
            ]}
            testId="demand-ideas"
          >
            {top.map((idea) => (
              <tr key={idea.id}>
                <td data-label="Idea">
                  <Link to={idea.link}>{idea.title}</Link>
                  <span className="muted small"> · {idea.board.name}</span>
                </td>
                <td data-label="Status">{statusLabel(idea.status)}</td>
                <td data-label="Votes in period" className="numeric">
                  {formatCount(idea.votes)}
                </td>
                {TABLE_CHANNELS.map((channel) => (
                  <td key={channel.key} data-label={channel.label} className="numeric">
                    {formatCount(idea.byChannel[channel.key])}
                  </td>
                ))}
                <td data-label="Weighted demand" className="numeric">
                  {idea.demand.toFixed(1)}
                </td>
                <td data-label="Total votes" className="numeric">
                  {formatCount(idea.totalVotes)}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
