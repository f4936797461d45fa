// The words, paths and permissions of crisis rooms, in one place.
import type { CrisisSeverity, CrisisStatement, StatementStatus } from '../../../api/listening-crises.ts';
import type { Role } from '../../../api/types.ts';
import type { BadgeTone } from '../../../components/Bits.tsx';

/** Who speaks for the organisation: approve and publish statements, close a room (server's `approve`). */
export const CRISIS_APPROVE_ROLES: readonly Role[] = ['admin', 'manager'];

export function canApproveCrisis(role: Role): boolean {
  return CRISIS_APPROVE_ROLES.includes(role);
}

export function crisisPath(crisis: { id: string }): string {
  return `/listening/crises/${encodeURIComponent(crisis.id)}`;
}

export function alertPagePath(alertId: string): string {
  return `/listening/alerts/${encodeURIComponent(alertId)}`;
}

/** The forum's thread page (web/src/app/router.tsx: `/t/:id`). */
export function threadPath(threadId: string): string {
  return `/t/${encodeURIComponent(threadId)}`;
}

export const SEVERITY: Record<CrisisSeverity, { label: string; tone: BadgeTone; description: string }> = {
  high: { label: 'High', tone: 'danger', description: 'High: public harm, press, or many people.' },
  medium: { label: 'Medium', tone: 'warning', description: 'Medium: spreading, but contained.' },
  low: { label: 'Low', tone: 'neutral', description: 'Low: worth watching together.' },
};

export function severityText(severity: CrisisSeverity): string {
  return `${SEVERITY[severity].label} severity`;
}

export const STATEMENT_STAGE: Record<StatementStatus, { label: string; tone: BadgeTone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  approved: { label: 'Approved', tone: 'success' },
  published: { label: 'Published', tone: 'accent' },
};

/** "Statement 2": statements are numbered in the order they were drafted. */
export function statementNumbers(statements: readonly CrisisStatement[]): Map<string, number> {
  return new Map(statements.map((statement, index) => [statement.id, index + 1]));
}

/** The value of an `<input type="datetime-local">` for a moment, in the browser's time zone. */
export function localInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
