import { csvLine } from '../../../core/csv.ts';
import type { DemandReport } from './schemas.ts';

/** Cells as spreadsheets read them: an idea title or a phrase cannot run as a formula when opened. */
const line = csvLine;

/** The report as CSV: the range, the most requested ideas, new ideas, then the bug themes. */
export function demandReportCsv(report: DemandReport): string {
  const { range, ideas, bugs } = report;
  const sections: string[][] = [
    ['Demand report', line(['from', 'to', 'timezone']), line([range.from, range.to, range.timezone])],
    [
      'Most requested ideas',
      line([
        'idea_id',
        'title',
        'status',
        'board',
        'votes_in_range',
        'total_votes',
        'board_votes',
        'conversation_votes',
        'mention_votes',
        'post_votes',
        'weighted_demand',
        'link',
      ]),
      ...ideas.top.map((idea) =>
        line([
          idea.id,
          idea.title,
          idea.status,
          idea.board.name,
          idea.votes,
          idea.totalVotes,
          idea.byChannel.board,
          idea.byChannel.conversation,
          idea.byChannel.mention,
          idea.byChannel.post,
          idea.demand,
          idea.link,
        ]),
      ),
    ],
    [
      'New ideas',
      line(['total', 'board', 'conversation', 'mention', 'post']),
      line([
        ideas.newIdeas.total,
        ideas.newIdeas.board,
        ideas.newIdeas.conversation,
        ideas.newIdeas.mention,
        ideas.newIdeas.post,
      ]),
    ],
    [
      'Most reported bugs',
      line([
        'phrase',
        'reports',
        'mentions',
        'conversations',
        'threads',
        'first_seen',
        'last_seen',
        'examples',
      ]),
      ...bugs.themes.map((theme) =>
        line([
          theme.phrase,
          theme.total,
          theme.byChannel.mention,
          theme.byChannel.conversation,
          theme.byChannel.thread,
          theme.firstSeen,
          theme.lastSeen,
          theme.examples.map((example) => example.link).join(' '),
        ]),
      ),
    ],
  ];
  return `${sections.map((section) => section.join('\r\n')).join('\r\n\r\n')}\r\n`;
}
