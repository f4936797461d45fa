import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersona, signedIn } from '../../test/support/personas.ts';
import { startSmtpSink, type SmtpSink } from '../../test/support/smtp-sink.ts';
import { startTestHearth, type TestHearth } from '../../test/support/test-hearth.ts';

let hearth: TestHearth;
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  hearth = await startTestHearth({ smtpUrl: smtp.url, mailRetryLimit: 1, mailRetryDelaySeconds: 1 });
});
afterAll(async () => {
  await hearth.dispose();
  await smtp.close();
});

interface FailedJob {
  id: string;
  name: string;
  retryCount: number;
  lastError: string | null;
}

describe('email jobs', () => {
  it('retry a failed send, then show it to admins, who can run it again', async () => {
    const admin = hearth.client();
    await signedIn(hearth.ctx, admin, 'admin');
    const member = await createPersona(hearth.ctx, 'member');
    smtp.failing = true;
    expect((await hearth.client().post('/api/auth/password-reset', { email: member.email })).status).toBe(
      202,
    );

    const failed = await waitForFailedJob(admin);
    expect(failed).toMatchObject({ name: 'mail.send', retryCount: 1 });
    expect(failed.lastError).toMatch(/451|Try again later/);
    expect(smtp.messages.some((m) => m.to && 'text' in m.to && m.to.text === member.email)).toBe(false);

    smtp.failing = false;
    expect((await admin.post(`/api/admin/jobs/${failed.id}/retry`)).status).toBe(204);
    await smtp.waitFor(
      (m) => m.subject === 'Reset your Hearth password' && m.text?.includes(member.name) === true,
    );
    expect(
      (await admin.get('/api/admin/jobs')).json<{ items: FailedJob[] }>().items.map((j) => j.id),
    ).not.toContain(failed.id);
    expect((await admin.post(`/api/admin/jobs/${failed.id}/retry`)).code).toBe('JOB_NOT_FOUND');
  });

  it('the job is written in the same transaction as the change: a rolled-back change sends nothing', async () => {
    const before = (
      await hearth.ctx.database.sql.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'mail.send'`,
      )
    ).rows[0]?.n;
    await expect(
      hearth.ctx.database.transaction(async (tx) => {
        await hearth.ctx.jobs.send(tx, 'mail.send', { to: 'x@example.org', subject: 'never', text: 'never' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = (
      await hearth.ctx.database.sql.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'mail.send'`,
      )
    ).rows[0]?.n;
    expect(after).toBe(before);
  });
});

async function waitForFailedJob(admin: ReturnType<TestHearth['client']>): Promise<FailedJob> {
  await hearth.ctx.jobs.drain(20_000);
  const items = (await admin.get('/api/admin/jobs')).json<{ items: FailedJob[] }>().items;
  if (!items[0]) throw new Error('no failed job after the queue drained');
  return items[0];
}
