import { signatureHeader, signatureHeaderValue } from '../src/modules/inbox/index.ts';
import { expectOk, type Client } from './forum-client.ts';
import { measureMix, type MixRequest, type MixResult } from './forum-load.ts';
import type { InboxSetup } from './inbox-setup.ts';
import type { Tweet } from './inbox-twcs.ts';
import { rssMb } from './processes.ts';
import type { RunningServer } from './servers.ts';

/** One measured figure of the server part, before it becomes a JSON line (inbox.ts). */
export interface LoadFigure {
  bench: string;
  result: MixResult;
  rssMb: number;
  connections: number;
  extra: Record<string, unknown>;
}

/** 2 s of warm-up, then 6 s: five views one after another stay within the bench's time budget. */
const seconds = 6;

async function measured(
  hearth: RunningServer,
  bench: string,
  requests: MixRequest[],
  connections: number,
  headers: Record<string, string> = {},
): Promise<{ result: MixResult; rssMb: number }> {
  const result = await measureMix({
    label: `hearth ${bench}`,
    origin: hearth.url,
    requests,
    pid: hearth.child.pid,
    connections,
    seconds,
    headers,
  });
  return { result, rssMb: rssMb(hearth.child.pid) };
}

/** The baseline: GET /api/health on the same server (Fastify, hooks, no database), same clients. */
export async function measureHealth(hearth: RunningServer, connections: number): Promise<MixResult> {
  return (await measured(hearth, `health (${connections} clients)`, [{ path: '/api/health' }], connections))
    .result;
}

/** The inbox list as an agent of the first team opens it: four views and one filter, one client each. */
export function viewPaths(setup: InboxSetup): Record<string, string> {
  const base = '/api/inbox/conversations';
  return {
    all: `${base}?view=all`,
    mine: `${base}?view=mine`,
    unassigned: `${base}?view=unassigned`,
    breaching: `${base}?view=breaching`,
    team_urgent: `${base}?view=all&teamId=${setup.teams[0]?.id ?? ''}&priority=urgent`,
  };
}

export async function measureViews(
  hearth: RunningServer,
  agent: Client,
  setup: InboxSetup,
): Promise<LoadFigure[]> {
  const headers = { cookie: agent.cookie };
  const figures: LoadFigure[] = [];
  for (const [view, path] of Object.entries(viewPaths(setup))) {
    const page = (await expectOk(hearth.url, path, headers)) as { items: unknown[]; counts: unknown };
    if (page.items.length === 0) throw new Error(`${path} lists nothing`);
    const run = await measured(hearth, `inbox.list_${view}`, [{ path }], 1, headers);
    figures.push({
      bench: `inbox.list_${view}`,
      ...run,
      connections: 1,
      extra: { path, items: page.items.length, counts: page.counts },
    });
  }
  return figures;
}

/**
 * New customer messages through the signed API channel, each opening a conversation: routed by the
 * rules, given an SLA policy (office hours), assigned round robin, all before the 202. Every
 * request is signed afresh (the server refuses a replayed signature).
 */
export async function measureIngest(
  hearth: RunningServer,
  setup: InboxSetup,
  texts: readonly Tweet[],
  connections: number,
): Promise<LoadFigure & { sent: () => number }> {
  let next = 0;
  const build = () => {
    const n = next++;
    const tweet = texts[n % texts.length] as Tweet;
    const body = JSON.stringify({
      conversationId: `load-${n}`,
      messageId: `load-${n}`,
      text: tweet.text,
      from: { id: tweet.author, name: `@${tweet.author}` },
    });
    const signature = signatureHeaderValue(setup.channel.secret, Math.floor(Date.now() / 1000), body);
    return {
      method: 'POST' as const,
      path: `/api/inbox/channels/${setup.channel.id}/messages`,
      headers: { 'content-type': 'application/json', [signatureHeader]: signature },
      body,
    };
  };
  const run = await measured(hearth, 'inbox.ingest_to_routed', [{ build }], connections);
  return { bench: 'inbox.ingest_to_routed', ...run, connections, extra: {}, sent: () => next };
}
