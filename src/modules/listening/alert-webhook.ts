import type { AppContext } from '../../context.ts';
import type { JobDefinition } from '../../jobs/index.ts';
import { signatureHeader, signatureHeaderValue } from '../inbox/index.ts';
import { findAlert, type AlertRow } from './queries/alerts.ts';
import { loadSettings } from './queries/settings.ts';

export const alertWebhookJob = 'listening.alert-webhook';

/** What the receiving system gets: the alert as the API shows it, under a delivery id. */
export function alertPayload(alert: AlertRow, publicUrl: string): object {
  return {
    id: alert.id,
    type: 'listening.alert',
    createdAt: alert.createdAt.toISOString(),
    link: new URL(`/listening/alerts/${alert.id}`, publicUrl).toString(),
    alert: {
      series: alert.series,
      ruleId: alert.ruleId,
      measure: alert.measure,
      bucketStart: alert.bucketStart.toISOString(),
      since: alert.since.toISOString(),
      observed: alert.observed,
      expected: alert.expected,
      strength: alert.strength,
      explanation: alert.explanation,
    },
  };
}

/**
 * Posts an alert to the configured webhook, signed like inbound webhooks (`Hearth-Signature`),
 * with the alert id as `Hearth-Delivery` so the receiver can drop repeats. A failure throws, and
 * the job queue retries with back-off.
 */
export function alertWebhookJobs(ctx: AppContext): JobDefinition[] {
  const job: JobDefinition<{ alertId: string }> = {
    name: alertWebhookJob,
    retryLimit: 8,
    retryDelaySeconds: 30,
    handle: async ({ alertId }) => {
      const [alert, settings] = await Promise.all([
        findAlert(ctx.database.db, alertId),
        loadSettings(ctx.database.db),
      ]);
      if (!alert || !settings.webhookUrl || !settings.webhookSecret) return;
      const body = JSON.stringify(alertPayload(alert, ctx.config.publicUrl));
      const timestamp = Math.floor(Date.now() / 1000);
      const response = await fetch(settings.webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'hearth-delivery': alert.id,
          [signatureHeader]: signatureHeaderValue(settings.webhookSecret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status < 200 || response.status >= 300)
        throw new Error(`The alert webhook answered ${response.status}`);
    },
  };
  return [job as JobDefinition];
}
