import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import { requireActor } from '../core/policy.ts';
import { coreErrors } from '../core/errors.ts';
import type { LiveHub, LiveSubscriber } from '../live/index.ts';
import type { HearthApp } from './types.ts';

const heartbeatMs = 25_000;
// A browser has one stream per tab; more than this from one user is a leak or an attack.
const maxStreamsPerUser = 20;

export interface LiveRouteDeps {
  live: LiveHub;
  /** Re-checks the caller's credentials; null when they no longer hold (signed out, suspended). */
  reauthenticate(request: FastifyRequest): Promise<Actor | null>;
}

/**
 * One Server-Sent Events stream per browser tab. Events are only hints ("users changed"): the
 * page refetches through the normal API, which applies the normal policies.
 */
export function registerLiveRoute(app: HearthApp, deps: LiveRouteDeps): void {
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of open) close();
  });

  app.get('/api/events', { schema: { hide: true } }, async (request, reply) => {
    const actor = requireActor(request.actor);
    if (deps.live.streamsOf(actor.userId) >= maxStreamsPerUser) {
      throw coreErrors.raise.RATE_LIMITED({
        message: `At most ${maxStreamsPerUser} live connections per user.`,
      });
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const write = (type: string, data: Record<string, unknown>) =>
      raw.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    const subscriber: LiveSubscriber = {
      userId: actor.userId,
      role: actor.role,
      send: (type, data) => forward(type, data),
    };
    const unsubscribe = deps.live.subscribe(subscriber);
    // Each heartbeat also re-checks the credentials, so a stream never outlives its session or token.
    const heartbeat = setInterval(() => {
      void stillValid().then((valid) => (valid ? raw.write(': keep-alive\n\n') : close()));
    }, heartbeatMs);
    async function stillValid(): Promise<boolean> {
      const fresh = await deps.reauthenticate(request).catch(() => null);
      if (fresh) subscriber.role = fresh.role;
      return fresh !== null;
    }
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(close);
      raw.end();
    };
    async function forward(type: string, data: Record<string, unknown>): Promise<void> {
      if (type === 'me.changed' && !(await stillValid())) return close();
      write(type, data);
    }
    open.add(close);
    request.raw.on('close', close);
    // Tells EventSource how long to wait before reconnecting after a dropped connection.
    raw.write('retry: 5000\n\n');
    write('hello', { userId: actor.userId });
  });
}
