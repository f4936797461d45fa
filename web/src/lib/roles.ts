// The roles and their labels are the server's own list (a pure module, no server code with it).
import { isRole, roleLabels } from '../../../src/core/roles.ts';

export { isRole, roleLabels, roles } from '../../../src/core/roles.ts';

/** A display label for a role, also for role strings this client does not know yet. */
export function roleLabel(role: string): string {
  return isRole(role) ? roleLabels[role] : role.charAt(0).toUpperCase() + role.slice(1);
}
