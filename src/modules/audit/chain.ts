import { createHash, randomBytes } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export interface ChainedFields {
  at: Date;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  ipSeal: string | null;
  /** 1: the raw IP address is sealed (rows written before erasure existed); 2: its salted digest. */
  chainVersion: number;
  data: unknown;
}

/** What version 2 seals for an IP address: a random salt and the digest of salt and address. */
export function sealIp(ip: string | null): string | null {
  if (ip === null) return null;
  const salt = randomBytes(16).toString('hex');
  return `${salt}:${createHash('sha256').update(salt).update(ip).digest('hex')}`;
}

/** JSON with keys sorted at every level: jsonb reorders keys, and the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function chainHash(prevHash: string, row: ChainedFields): string {
  const body = canonicalJson([
    row.at.toISOString(),
    row.actorId,
    row.action,
    row.targetType,
    row.targetId,
    row.chainVersion >= 2 ? row.ipSeal : row.ip,
    row.data,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** An IP address still shown must be the one sealed; an erased one (null) is allowed. */
function ipMatchesSeal(row: ChainedFields): boolean {
  if (row.chainVersion < 2 || row.ip === null) return true;
  const [salt, digest] = (row.ipSeal ?? '').split(':');
  return !!salt && createHash('sha256').update(salt).update(row.ip).digest('hex') === digest;
}

export interface VerifiableRow extends ChainedFields {
  id: number;
  prevHash: string;
  hash: string;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  reason: string | null;
}

/** Checks rows fed in id order, page by page, then the head written with the newest row. */
export class ChainVerifier {
  private prevHash = genesisHash;
  private lastId: number | null = null;
  private checked = 0;
  private broken: ChainReport | null = null;

  feed(rows: readonly VerifiableRow[]): boolean {
    for (const row of rows) {
      if (this.broken) return false;
      if (row.prevHash !== this.prevHash)
        this.fail(row.id, 'a row before it was deleted, or this row was changed');
      else if (chainHash(row.prevHash, row) !== row.hash || !ipMatchesSeal(row))
        this.fail(row.id, 'the row was edited');
      else {
        this.prevHash = row.hash;
        this.lastId = row.id;
        this.checked += 1;
      }
    }
    return !this.broken;
  }

  finish(head: { lastId: number; lastHash: string } | null): ChainReport {
    if (this.broken) return this.broken;
    const headMatches = head
      ? head.lastId === this.lastId && head.lastHash === this.prevHash
      : this.lastId === null;
    if (!headMatches) {
      return {
        ok: false,
        checked: this.checked,
        brokenAt: head?.lastId ?? this.lastId,
        reason: 'the newest rows were deleted or changed',
      };
    }
    return { ok: true, checked: this.checked, brokenAt: null, reason: null };
  }

  private fail(id: number, reason: string): void {
    this.broken = { ok: false, checked: this.checked, brokenAt: id, reason };
  }
}
