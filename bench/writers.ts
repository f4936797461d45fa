import type { Session } from './session.ts';

export interface WriteLoad {
  /** Ids whose 201 and full body arrived: the server promised these rows exist. */
  acked: string[];
  /** Lets the loops finish their current request and return. */
  stop(): void;
  /** Resolves when every loop has returned (after stop() or once the server is gone). */
  done: Promise<void>;
  startedAt: number;
}

/**
 * `concurrency` loops, each creating invitations back to back. A request that fails at the
 * connection level ends its loop: after a SIGKILL every loop ends that way. Any other answer
 * than 201 is an error in the product and stops the bench.
 */
export function startWrites(session: Session, concurrency: number): WriteLoad {
  const acked: string[] = [];
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      let response: Response;
      let body: { invitation?: { id?: string } };
      try {
        response = await session.post('/api/admin/invitations', {});
        body = (await response.json()) as typeof body;
      } catch {
        return; // The server died before the answer was complete: not acknowledged.
      }
      const id = body.invitation?.id;
      if (response.status !== 201 || !id) {
        throw new Error(`POST /api/admin/invitations answered ${response.status}: ${JSON.stringify(body)}`);
      }
      acked.push(id);
    }
  };
  const done = Promise.all(Array.from({ length: concurrency }, loop)).then(() => undefined);
  // The caller awaits `done` only after the load window; until then a failure must not count as an
  // unhandled rejection (which would end the process before the children and temp dirs are cleaned up).
  done.catch(() => undefined);
  return { acked, stop: () => (stopped = true), done, startedAt: performance.now() };
}
