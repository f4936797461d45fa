import type { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import type { Db } from '../../../db/index.ts';
import { inboxPolicy } from '../policy.ts';
import { isAvailable, listTeams, setAvailability, teamsOf } from '../queries/teams.ts';
import type { agentStateSchema } from '../schemas.ts';
import { rotaNow } from '../team-agents.ts';

type AgentState = z.infer<typeof agentStateSchema>;

/**
 * An agent's own standing: away agents get no new conversations; on duty means a team of theirs
 * keeps no rota or has them on shift now, as assignment decides it.
 */
async function stateOf(db: Db, userId: string, now: Date): Promise<AgentState> {
  const mine = new Set(await teamsOf(db, userId));
  const teams = (await listTeams(db)).filter((team) => mine.has(team.id));
  let onDuty = false;
  for (const team of teams) {
    const rota = await rotaNow(db, team.id, now);
    if (!rota.kept || rota.onShift.has(userId)) onDuty = true;
  }
  return {
    available: await isAvailable(db, userId),
    onDuty,
    teams: teams.map((team) => ({ id: team.id, name: team.name })),
  };
}

export async function readAgentState(ctx: AppContext, actor: Actor | null): Promise<AgentState> {
  const worker = inboxPolicy.authorize(actor, 'work');
  return stateOf(ctx.database.db, worker.userId, ctx.clock.now());
}

export async function changeAvailability(
  ctx: AppContext,
  actor: Actor | null,
  available: boolean,
): Promise<AgentState> {
  const worker = inboxPolicy.authorize(actor, 'work');
  const now = ctx.clock.now();
  await ctx.database.transaction((tx) => setAvailability(tx.db, worker.userId, available, now));
  return stateOf(ctx.database.db, worker.userId, now);
}
