import type { Tx } from '../db/index.ts';

/** A fact one module states and others act on, e.g. "a question was asked in the forum". */
export interface DomainEvent<T extends string = string, D = unknown> {
  type: T;
  data: D;
}

export type DomainHandler = (tx: Tx, event: DomainEvent) => Promise<void>;

/**
 * Modules talk through facts instead of calling each other: the forum says a question was asked
 * and the inbox opens a conversation for it, without the forum knowing the inbox exists.
 * Handlers run inside the emitting transaction, so the fact and every consequence commit together
 * (or not at all); a handler that needs slow work enqueues a job there.
 */
export class DomainEvents {
  private readonly handlers = new Map<string, DomainHandler[]>();

  on(type: string, handler: DomainHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  async emit(tx: Tx, event: DomainEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) await handler(tx, event);
  }
}
