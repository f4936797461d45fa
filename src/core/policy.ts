import type { Actor } from './actor.ts';
import { defineErrors } from './errors.ts';
import type { Role } from './roles.ts';

export const policyErrors = defineErrors({
  AUTH_REQUIRED: { status: 401, message: 'Sign in first, or send an API token in the Authorization header.' },
  AUTH_FORBIDDEN: { status: 403, message: 'Your role does not allow this.' },
  AUTH_TOKEN_SCOPE: { status: 403, message: 'This API token is read-only; it cannot change anything.' },
  AUTH_SESSION_REQUIRED: {
    status: 403,
    message: 'This needs a signed-in browser session; an API token cannot do it.',
  },
});

/** A rule is either the roles allowed, or a function for rules that need more than the role. */
export type Rule = readonly Role[] | ((actor: Actor) => boolean);

export interface Policy<A extends string> {
  rules: Record<A, Rule>;
  can(actor: Actor | null, action: A): boolean;
  /** Throws 401 without an actor, 403 when the rule says no. */
  authorize(actor: Actor | null, action: A): Actor;
}

export function definePolicy<A extends string>(rules: Record<A, Rule>): Policy<A> {
  const allows = (actor: Actor, action: A): boolean => {
    const rule = rules[action];
    return typeof rule === 'function' ? rule(actor) : rule.includes(actor.role);
  };
  return {
    rules,
    can: (actor, action) => actor !== null && allows(actor, action),
    authorize: (actor, action) => {
      if (!actor) throw policyErrors.raise.AUTH_REQUIRED();
      if (!allows(actor, action)) throw policyErrors.raise.AUTH_FORBIDDEN();
      return actor;
    },
  };
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw policyErrors.raise.AUTH_REQUIRED();
  return actor;
}

/** Credential management must not be reachable with a stolen API token. */
export function requireSession(actor: Actor | null): Actor {
  const present = requireActor(actor);
  if (present.via !== 'session') throw policyErrors.raise.AUTH_SESSION_REQUIRED();
  return present;
}

/** Roles for which a rule given as a role list holds; used to address live events. */
export function rolesOf(rule: Rule): readonly Role[] {
  if (typeof rule === 'function') throw new Error('Only role-list rules can address live events');
  return rule;
}
