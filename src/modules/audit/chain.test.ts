import { describe, expect, it } from 'vitest';
import { ChainVerifier, canonicalJson, chainHash, genesisHash, sealIp, type VerifiableRow } from './chain.ts';

function chain(count: number, chainVersion = 2): VerifiableRow[] {
  const rows: VerifiableRow[] = [];
  let prevHash = genesisHash;
  for (let id = 1; id <= count; id++) {
    const fields = {
      at: new Date(Date.UTC(2026, 0, 1, 0, id)),
      actorId: null,
      action: `a${id}`,
      targetType: 'user',
      targetId: String(id),
      ip: '10.0.0.1',
      ipSeal: sealIp('10.0.0.1'),
      chainVersion,
      data: { n: id, nested: { b: 1, a: 2 } },
    };
    const hash = chainHash(prevHash, fields);
    rows.push({ id, ...fields, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

const headOf = (rows: VerifiableRow[]) => ({
  lastId: rows.at(-1)?.id ?? 0,
  lastHash: rows.at(-1)?.hash ?? genesisHash,
});

describe('audit hash chain', () => {
  it('hashes JSON independently of key order, as jsonb reorders keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('accepts an intact chain, fed in pages', () => {
    const rows = chain(10);
    const verifier = new ChainVerifier();
    verifier.feed(rows.slice(0, 4));
    verifier.feed(rows.slice(4));
    expect(verifier.finish(headOf(rows))).toEqual({ ok: true, checked: 10, brokenAt: null, reason: null });
  });

  it('names an edited row', () => {
    const rows = chain(5).map((row) => (row.id === 3 ? { ...row, action: 'something else' } : row));
    const verifier = new ChainVerifier();
    verifier.feed(rows);
    expect(verifier.finish(headOf(rows))).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'the row was edited',
    });
  });

  it('stays whole when an IP address is erased from a version 2 row, and names a version 1 row so changed', () => {
    const erased = chain(4).map((row) => (row.id === 2 ? { ...row, ip: null } : row));
    const verifier = new ChainVerifier();
    verifier.feed(erased);
    expect(verifier.finish(headOf(erased))).toMatchObject({ ok: true, checked: 4 });
    const old = chain(4, 1).map((row) => (row.id === 2 ? { ...row, ip: null } : row));
    const strict = new ChainVerifier();
    strict.feed(old);
    expect(strict.finish(headOf(old))).toMatchObject({ ok: false, brokenAt: 2 });
    const forged = chain(3).map((row) => (row.id === 2 ? { ...row, ip: '10.9.9.9' } : row));
    const strictIp = new ChainVerifier();
    strictIp.feed(forged);
    expect(strictIp.finish(headOf(forged))).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'the row was edited',
    });
    const sealed = chain(3).map((row) => (row.id === 1 ? { ...row, ipSeal: sealIp('10.9.9.9') } : row));
    const again = new ChainVerifier();
    again.feed(sealed);
    expect(again.finish(headOf(sealed))).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('names the row after a deleted one', () => {
    const rows = chain(5);
    const verifier = new ChainVerifier();
    verifier.feed([...rows.slice(0, 2), ...rows.slice(3)]);
    expect(verifier.finish(headOf(rows))).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('notices the newest rows were cut off, through the head', () => {
    const rows = chain(5);
    const verifier = new ChainVerifier();
    verifier.feed(rows.slice(0, 3));
    expect(verifier.finish(headOf(rows))).toMatchObject({
      ok: false,
      reason: 'the newest rows were deleted or changed',
    });
    const empty = new ChainVerifier();
    expect(empty.finish(null)).toMatchObject({ ok: true, checked: 0 });
    expect(new ChainVerifier().finish(headOf(rows))).toMatchObject({ ok: false });
  });
});
