import type { AppContext, RequestMeta } from '../../../context.ts';
import type { Actor } from '../../../core/actor.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { systemErrors } from '../errors.ts';
import { systemPolicy } from '../policy.ts';

export async function listFailedJobs(ctx: AppContext, actor: Actor | null) {
  systemPolicy.authorize(actor, 'jobs.manage');
  const jobs = await ctx.jobs.failedJobs();
  return jobs.map((job) => ({
    ...job,
    createdOn: job.createdOn.toISOString(),
    completedOn: job.completedOn?.toISOString() ?? null,
  }));
}

export async function retryFailedJob(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
  meta: RequestMeta,
): Promise<void> {
  const admin = systemPolicy.authorize(actor, 'jobs.manage');
  await ctx.database.transaction(async (tx) => {
    if (!(await ctx.jobs.retry(tx, id))) throw systemErrors.raise.JOB_NOT_FOUND();
    await recordAuditEvent(tx, ctx.clock, {
      actorId: admin.userId,
      action: 'admin.job_retried',
      targetType: 'job',
      targetId: id,
      ip: meta.ip,
    });
  });
}
