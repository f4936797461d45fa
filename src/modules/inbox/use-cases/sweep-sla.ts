import type { AppContext } from '../../../context.ts';
import type { Tx } from '../../../db/index.ts';
import { momentKey, type SlaMoment } from '../../sla/index.ts';
import { logActivity } from '../changes.ts';
import { stateSlaBreached } from '../facts.ts';
import { announceConversation } from '../live.ts';
import { forgetSignaturesBefore } from '../queries/api-channels.ts';
import {
  conversationsToCheck,
  findConversation,
  updateConversation,
  type ConversationRow,
  type NewConversation,
} from '../queries/conversations.ts';
import { insertActivity } from '../queries/messages.ts';
import { findTeam, membersOf } from '../queries/teams.ts';
import { slaStateOf, type SlaState } from '../sla-state.ts';
import { pickAgent } from '../team-agents.ts';
import { newId } from '../../../core/ids.ts';
import { notifyAssigned, notifySla } from './notify-inbox.ts';
import { toleranceSeconds } from './api-channels.ts';

const metricNames = {
  first_response: 'First response',
  next_response: 'Next response',
  resolution: 'Resolution',
};
const raised: Record<string, string> = { low: 'normal', normal: 'high', high: 'urgent', urgent: 'urgent' };

/** Who hears about a moment: the owner (or the whole team when nobody owns it), then the lead as well. */
async function recipients(tx: Tx, row: ConversationRow, withLead: boolean): Promise<string[]> {
  const team = row.teamId ? await findTeam(tx.db, row.teamId) : undefined;
  const owners = row.assigneeId
    ? [row.assigneeId]
    : (await membersOf(tx.db, team ? [team.id] : [])).map((m) => m.userId);
  return [...owners, ...(withLead && team?.leadId ? [team.leadId] : [])];
}

function titleOf(moment: SlaMoment, row: ConversationRow): string {
  const metric = metricNames[moment.metric];
  if (moment.kind === 'warning') return `${metric} due in ${moment.beforeMinutes} min: "${row.subject}"`;
  if (moment.kind === 'breach') return `${metric} SLA breached: "${row.subject}"`;
  return `Escalated after the ${metric.toLowerCase()} breach: "${row.subject}"`;
}

/** Carries out one moment, once: the once-key makes a second sweep (or a second node) a no-op. */
async function act(
  tx: Tx,
  ctx: AppContext,
  row: ConversationRow,
  moment: SlaMoment,
  state: SlaState,
): Promise<Partial<NewConversation>> {
  const kind = `sla_${moment.kind}`;
  const data = {
    ...moment,
    at: new Date(moment.at).toISOString(),
    dueAt: new Date(moment.dueAt).toISOString(),
  };
  const inserted = await insertActivity(tx.db, {
    id: newId(),
    conversationId: row.id,
    kind,
    actorId: null,
    data,
    onceKey: momentKey(moment),
    createdAt: ctx.clock.now(),
  });
  if (!inserted) return {};
  if (moment.kind === 'breach')
    await stateSlaBreached(tx, ctx, {
      conversationId: row.id,
      subject: row.subject,
      metric: moment.metric,
      contact: {
        memberId: row.memberId,
        name: row.contactName,
        address: row.contactAddress,
        channel: row.channel,
      },
      at: data.at,
    });
  const leads = state.policy?.warnBeforeMinutes ?? [];
  const firstWarning = moment.kind === 'warning' && moment.beforeMinutes === Math.max(...leads);
  if (moment.kind !== 'escalation') {
    await notifySla(tx, ctx, row, await recipients(tx, row, !firstWarning), titleOf(moment, row));
    return {};
  }
  if (moment.action === 'raise_priority') return { priority: raised[row.priority] ?? 'urgent' };
  if (moment.action === 'notify_lead') {
    await notifySla(tx, ctx, row, await recipients(tx, row, true), titleOf(moment, row));
    return {};
  }
  const team = row.teamId ? await findTeam(tx.db, row.teamId, true) : undefined;
  const next = team
    ? await pickAgent(
        tx.db,
        { ...team, assignment: team.assignment === 'manual' ? 'balanced' : team.assignment },
        ctx.clock.now(),
      )
    : null;
  if (!next || next === row.assigneeId) return {};
  await logActivity(tx, ctx, row.id, 'assigned', null, {
    from: row.assigneeId,
    to: next,
    reason: 'SLA escalation',
  });
  await notifyAssigned(tx, ctx, row, next, null);
  return { assigneeId: next };
}

async function checkOne(tx: Tx, ctx: AppContext, id: string): Promise<void> {
  const now = ctx.clock.now();
  let row = await findConversation(tx.db, id, true);
  if (!row) return;
  if (row.status === 'snoozed' && row.snoozedUntil && row.snoozedUntil <= now) {
    await logActivity(tx, ctx, id, 'status', null, {
      from: 'snoozed',
      to: 'open',
      reason: 'the snooze ended',
    });
    row = await updateConversation(tx.db, id, { status: 'open', snoozedUntil: null });
  }
  const state = await slaStateOf(tx.db, row, now, 'now');
  let changes: Partial<NewConversation> = {};
  for (const moment of state.plan?.moments ?? []) {
    if (moment.at > now.getTime()) break;
    changes = {
      ...changes,
      ...(await act(tx, ctx, { ...row, ...changes } as ConversationRow, moment, state)),
    };
  }
  await updateConversation(tx.db, id, { ...changes, ...state.patch });
  await announceConversation(tx, ctx, id);
}

/**
 * Warnings, breaches, escalation steps and ended snoozes that are due: each conversation in its
 * own transaction, oldest first. Returns how many were looked at, at most `limit`.
 */
export async function sweepSla(ctx: AppContext, limit = 200): Promise<number> {
  const now = ctx.clock.now();
  const ids = await conversationsToCheck(ctx.database.db, now, limit);
  for (const id of ids) await ctx.database.transaction((tx) => checkOne(tx, ctx, id));
  await ctx.database.transaction((tx) =>
    forgetSignaturesBefore(tx.db, new Date(now.getTime() - 2 * toleranceSeconds * 1000)),
  );
  return ids.length;
}
