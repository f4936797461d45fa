import type { BugChannel, BugTheme } from './schemas.ts';

/** One bug report from any channel, with the key phrases its words gave. */
export interface BugReport {
  channel: BugChannel;
  id: string;
  title: string;
  keyPhrases: readonly string[];
  at: Date;
}

const links: Record<BugChannel, (id: string) => string> = {
  mention: (id) => `/listening/items/${id}`,
  conversation: (id) => `/inbox/c/${id}`,
  thread: (id) => `/t/${id}`,
};

export function linkOf(channel: BugChannel, id: string): string {
  return links[channel](id);
}

const titleChars = 140;
const clip = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > titleChars ? `${line.slice(0, titleChars - 1)}…` : line || '(no text)';
};

interface Gathered {
  phrase: string;
  reports: BugReport[];
}

/**
 * Bug reports grouped by key phrase, the phrases with the most reports first (then the most
 * recently seen, then alphabetical). A report counts under each of its phrases, once; reports
 * without a phrase count in the totals only. The examples are each theme's newest reports.
 */
export function bugThemes(
  reports: readonly BugReport[],
  limits: { themes: number; examples: number },
): BugTheme[] {
  const byPhrase = new Map<string, Gathered>();
  for (const report of reports)
    for (const phrase of new Set(report.keyPhrases)) {
      const gathered = byPhrase.get(phrase) ?? { phrase, reports: [] };
      gathered.reports.push(report);
      byPhrase.set(phrase, gathered);
    }
  const newestFirst = (a: BugReport, b: BugReport) =>
    b.at.getTime() - a.at.getTime() || a.channel.localeCompare(b.channel) || a.id.localeCompare(b.id);
  const themes = [...byPhrase.values()].map(({ phrase, reports: found }) => {
    const sorted = [...found].sort(newestFirst);
    const count = (channel: BugChannel) => found.filter((report) => report.channel === channel).length;
    const last = sorted[0] as BugReport;
    const first = sorted.at(-1) as BugReport;
    return {
      phrase,
      total: found.length,
      byChannel: { mention: count('mention'), conversation: count('conversation'), thread: count('thread') },
      firstSeen: first.at.toISOString(),
      lastSeen: last.at.toISOString(),
      examples: sorted.slice(0, limits.examples).map((report) => ({
        channel: report.channel,
        id: report.id,
        title: clip(report.title),
        link: linkOf(report.channel, report.id),
        at: report.at.toISOString(),
      })),
    };
  });
  return themes
    .sort(
      (a, b) => b.total - a.total || b.lastSeen.localeCompare(a.lastSeen) || a.phrase.localeCompare(b.phrase),
    )
    .slice(0, limits.themes);
}
