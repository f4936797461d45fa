import type { ParsedMail } from 'mailparser';
import type { AppContext } from '../../../context.ts';

/**
 * Mail for an address another module owns (listening's `listen+<token>@…` forwarding addresses)
 * arrives through the same SMTP listener; a route claims it by its envelope recipient.
 */
export interface MailRoute {
  /** Whether this route takes mail sent to this address (lower-case). */
  claims(address: string): boolean;
  /** Stores the mail; false when the address turned out to be unknown (the mail is kept raw). */
  receive(ctx: AppContext, mail: ParsedMail, recipient: string, raw: Buffer): Promise<boolean>;
}

const routes: MailRoute[] = [];

export function registerMailRoute(route: MailRoute): void {
  if (!routes.includes(route)) routes.push(route);
}

export function mailRouteFor(recipients: readonly string[]): { route: MailRoute; recipient: string } | null {
  for (const recipient of recipients.map((address) => address.toLowerCase()))
    for (const route of routes) if (route.claims(recipient)) return { route, recipient };
  return null;
}
