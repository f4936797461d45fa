import type { Db, Tx } from '../db/index.ts';

/** The person a data export or an erasure is about, as every module may know them. */
export interface PrivacySubject {
  /** Their account, when they have one. */
  userId: string | null;
  /** Their member and every member merged into it. */
  memberIds: string[];
  emails: string[];
  handles: { platform: string; value: string }[];
  phones: string[];
}

/** What a module holds about a person: out as JSON on request, anonymised or deleted on erasure. */
export interface PrivacyPart {
  /** Everything the module keeps about them, as plain JSON (dates as ISO strings). */
  export(db: Db, subject: PrivacySubject): Promise<Record<string, unknown>>;
  /**
   * Anonymises their content and deletes their personal data, in the caller's transaction; returns
   * how many records of each kind changed (numbers only: the audit entry keeps them).
   */
  erase(tx: Tx, subject: PrivacySubject, now: Date): Promise<Record<string, number>>;
}

/** The name erased people are shown under. */
export const erasedName = 'Erased member';
