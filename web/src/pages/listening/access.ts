// Who may use listening: the server's listeningPolicy (src/modules/listening/policy.ts).
import type { Role } from '../../api/types.ts';

/** Who follows listening: reads the stream and alerts, and acknowledges alerts (`read`, `triage`). */
export const LISTENING_ROLES: readonly Role[] = ['admin', 'manager', 'agent'];

/** Who sets it up: sources, watch rules and settings (`configure`). */
export const LISTENING_CONFIGURE_ROLES: readonly Role[] = ['admin', 'manager'];

export function canListen(role: Role): boolean {
  return LISTENING_ROLES.includes(role);
}

export function canConfigureListening(role: Role): boolean {
  return LISTENING_CONFIGURE_ROLES.includes(role);
}
