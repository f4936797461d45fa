import { describe, expect, it } from 'vitest';
import { bugThemes, type BugReport } from './bug-themes.ts';

const report = (
  channel: BugReport['channel'],
  id: string,
  day: number,
  ...keyPhrases: string[]
): BugReport => ({
  channel,
  id,
  title: `Report ${id}`,
  keyPhrases,
  at: new Date(Date.UTC(2026, 10, day, 9)),
});

describe('bug themes', () => {
  it('groups reports from every channel by key phrase, most reports first, newest examples first', () => {
    const themes = bugThemes(
      [
        report('mention', 'm1', 3, 'pairing fails', 'app'),
        report('conversation', 'c1', 5, 'pairing fails'),
        report('thread', 't1', 4, 'pairing fails', 'pairing fails'),
        report('thread', 't2', 6, 'screen flicker'),
        report('mention', 'm2', 2),
      ],
      { themes: 2, examples: 2 },
    );
    expect(themes.map((theme) => [theme.phrase, theme.total])).toEqual([
      ['pairing fails', 3],
      ['screen flicker', 1],
    ]);
    expect(themes[0]).toMatchObject({
      byChannel: { mention: 1, conversation: 1, thread: 1 },
      firstSeen: '2026-11-03T09:00:00.000Z',
      lastSeen: '2026-11-05T09:00:00.000Z',
      examples: [
        { channel: 'conversation', id: 'c1', link: '/inbox/c/c1' },
        { channel: 'thread', id: 't1', link: '/t/t1' },
      ],
    });
  });

  it('has no themes without reports', () => {
    expect(bugThemes([], { themes: 15, examples: 3 })).toEqual([]);
  });
});
