import type { AppContext } from '../context.ts';
import type { ErrorCatalogue } from '../core/errors.ts';
import type { PrivacyPart } from '../core/privacy.ts';
import type { JobDefinition } from '../jobs/index.ts';
import type { HearthApp } from './types.ts';

export interface ModuleLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** What a capability module hands to the composition root: its routes, errors and jobs. */
export interface HearthModule {
  name: string;
  errors: ErrorCatalogue[];
  routes?(app: HearthApp, ctx: AppContext): void;
  jobs?(ctx: AppContext): JobDefinition[];
  /** What it holds about a person, for data exports and erasure (H4). */
  privacy?: PrivacyPart;
  /** Subscribes to other modules' domain events (ctx.events.on), once at start-up. */
  subscribe?(ctx: AppContext): void;
  /** Background work while the server runs (timers, listeners); returns how to stop it. */
  start?(ctx: AppContext, log: ModuleLog): (() => Promise<void> | void) | Promise<() => Promise<void> | void>;
}
