import { describe, expect, it } from 'vitest';
import { canonicalCode, codeHash, printableCode } from './invitation-codes.ts';

describe('printable invitation codes', () => {
  it('are ten unambiguous characters in groups of four', () => {
    for (let n = 0; n < 200; n++) {
      const code = printableCode();
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$/);
    }
  });

  it('hash the same however they are typed, while link codes stay case-sensitive', () => {
    expect(codeHash(' hx7k 29qd m4 ')).toBe(codeHash('HX7K-29QD-M4'));
    expect(canonicalCode('HX7K29QDM4')).toBe('HX7K29QDM4');
    expect(canonicalCode('Abc-DEF_ghi-jklMNOpqr')).toBe('Abc-DEF_ghi-jklMNOpqr');
    expect(codeHash('AbcDEFghijklMNOpqrstuvwx')).not.toBe(codeHash('ABCDEFGHIJKLMNOPQRSTUVWX'));
  });
});
