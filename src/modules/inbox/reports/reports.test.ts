import { describe, expect, it } from 'vitest';
import type { InboxReport } from '../report-schemas.ts';
import { rowsBy, totalsOf, type ReportConversation } from './aggregate.ts';
import { reportCsv } from './csv.ts';
import { distribution } from './distribution.ts';

const base: ReportConversation = {
  id: 'a',
  channel: 'email',
  teamId: 't1',
  assigneeId: null,
  createdAt: 0,
  firstResponseAt: null,
  resolvedAt: null,
  reopenCount: 0,
  deflected: false,
  escalated: false,
  hasPolicy: true,
  breaches: 0,
  calendar: null,
};

describe('report arithmetic', () => {
  it('buckets durations at the edges people use, median and p90 by interpolation', () => {
    const d = distribution([15, 16, 60, 3000]);
    expect(d.buckets.map((b) => b.count)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 1]);
    expect(d.buckets[0]?.label).toBe('up to 15 min');
    expect(d.buckets[8]?.label).toBe('over 2 d');
    expect(d.medianMinutes).toBe(38);
    expect(d.p90Minutes).toBe(2118);
    expect(distribution([]).medianMinutes).toBeNull();
  });

  it('counts SLA attainment only over decided conversations', () => {
    const items: ReportConversation[] = [
      { ...base, id: 'met', firstResponseAt: 1 },
      { ...base, id: 'breached', breaches: 2 },
      { ...base, id: 'still in time' },
      { ...base, id: 'no policy', hasPolicy: false, firstResponseAt: 1 },
    ];
    const totals = totalsOf(items, []);
    expect(totals.slaAttainment).toBe(0.5);
    expect(totals.breaches).toBe(2);
    const rows = rowsBy(
      items,
      [],
      (c) => c.assigneeId,
      (a) => a.agentId,
      new Map(),
      'Unassigned',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: null, name: 'Unassigned', conversations: 4 });
  });

  it('writes CSV cells a spreadsheet cannot run as formulas', () => {
    const names = new Map([['x', '=HYPERLINK("evil")']]);
    const [row] = rowsBy(
      [base],
      [],
      () => 'x',
      () => null,
      names,
      '',
    );
    if (!row) throw new Error('no row');
    const report: InboxReport = {
      range: { from: '2026-11-01', to: '2026-11-02', timezone: 'UTC' },
      totals: totalsOf([base], []),
      firstResponse: distribution([]),
      resolution: distribution([]),
      volumeByChannel: [],
      volumeByHour: [],
      backlog: [],
      perTeam: [row],
      perAgent: [],
      csatByChannel: [],
    };
    const csv = reportCsv(report);
    expect(csv).toContain(`"'=HYPERLINK(""evil"")",1,`);
    expect(csv).not.toMatch(/^=/m);
  });
});
