import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';
import { requireActor } from '../core/policy.ts';
import type { LiveHub, LiveSubscriber } from '../live/index.ts';
import type { HearthApp } from './types.ts';

const heartbeatMs = 25_000;

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
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), heartbeatMs);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(close);
      raw.end();
    };
    async function forward(type: string, data: Record<string, unknown>): Promise<void> {
      if (type === 'me.changed') {
        const fresh = await deps.reauthenticate(request).catch(() => null);
        if (!fresh) return close();
        subscriber.role = fresh.role;
      }
      write(type, data);
    }
    open.add(close);
    request.raw.on('close', close);
    // Tells EventSource how long to wait before reconnecting after a dropped connection.
    raw.write('retry: 5000\n\n');
    write('hello', { userId: actor.userId });
  });
}
