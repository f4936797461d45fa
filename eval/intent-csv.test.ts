import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, parseCsv, parseIntentCsv, writeCsv } from './intent-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearth-intent-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const source = 'a,b\r\n"x, y","say ""hi"""\n"two\r\nlines",z\n';
    expect(parseCsv(source)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\r\nlines', 'z'],
    ]);
  });

  it('keeps empty fields, ignores a BOM and a missing final line break', () => {
    expect(parseCsv('\uFEFFa,,c\n,\nlast,row')).toEqual([
      ['a', '', 'c'],
      ['', ''],
      ['last', 'row'],
    ]);
  });

  it('refuses a quoted field that never closes', () => {
    expect(() => parseCsv('"open,field\n')).toThrow(/not closed/);
  });
});

describe('parseIntentCsv', () => {
  it('skips the text,category header and blank lines; an empty category is null', () => {
    expect(parseIntentCsv('Text,Category\n"Hi, card?",card_arrival\n\nno label,\n')).toEqual([
      { text: 'Hi, card?', category: 'card_arrival' },
      { text: 'no label', category: null },
    ]);
  });

  it('reads files without a header, or with text only', () => {
    expect(parseIntentCsv('first,a\nsecond,b\n').map((row) => row.text)).toEqual(['first', 'second']);
    expect(parseIntentCsv('text\nonly text\n')).toEqual([{ text: 'only text', category: null }]);
  });

  it('says which row has too many fields (an unquoted comma)', () => {
    expect(() => parseIntentCsv('text,category\nok,a\nnot, ok,b\n')).toThrow(/data row 1 has 3 fields/);
  });
});

describe('writeCsv', () => {
  it('quotes only what needs it and reads back to the same rows', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    const path = join(dir, 'nested/out.csv');
    const rows = [
      ['0', 'card, arrival'],
      ['1', 'line\nbreak'],
    ];
    writeCsv(path, ['index', 'category'], rows);
    expect(parseCsv(readFileSync(path, 'utf8'))).toEqual([['index', 'category'], ...rows]);
  });
});
