import type { Database, Tx } from '../db/index.ts';
import { eventsChannel, notifyInTransaction } from '../db/index.ts';

/** Who may receive an event. Events carry ids, never content: clients refetch what they may read. */
export type Audience = { roles: readonly string[] } | { userIds: readonly string[] };

export interface LiveEvent {
  type: string;
  audience: Audience;
  data: Record<string, unknown>;
}

export interface LiveSubscriber {
  userId: string;
  role: string;
  send(type: string, data: Record<string, unknown>): void;
}

function reaches(audience: Audience, subscriber: LiveSubscriber): boolean {
  return 'roles' in audience
    ? audience.roles.includes(subscriber.role)
    : audience.userIds.includes(subscriber.userId);
}

/**
 * Live updates fan out through NOTIFY: an event is published inside the transaction that caused
 * it, reaches every app node on commit, and each node passes it to its own connected clients.
 */
export class LiveHub {
  private readonly subscribers = new Set<LiveSubscriber>();
  private readonly observers = new Set<(event: LiveEvent) => void>();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await this.database.listen(eventsChannel, (payload) => this.dispatch(payload));
  }

  async publish(tx: Tx, event: LiveEvent): Promise<void> {
    await notifyInTransaction(tx.sql, event);
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** In-process listeners for every event from every node, whoever it is addressed to (caches). */
  observe(observer: (event: LiveEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  streamsOf(userId: string): number {
    let count = 0;
    for (const subscriber of this.subscribers) if (subscriber.userId === userId) count += 1;
    return count;
  }

  private dispatch(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    for (const observer of this.observers) observer(event);
    for (const subscriber of this.subscribers) {
      if (reaches(event.audience, subscriber)) subscriber.send(event.type, event.data);
    }
  }

  async stop(): Promise<void> {
    this.subscribers.clear();
    await this.unlisten?.();
    this.unlisten = null;
  }
}
