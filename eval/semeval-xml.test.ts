import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPositive, parseSemevalXml } from './semeval-xml.ts';

const fixture = readFileSync(join(import.meta.dirname, 'fixtures/similar-tiny.xml'), 'utf8');

describe('SemEval-2016 Task 3 XML', () => {
  it('reads the inline DTD and the <xml version="1.0"> root, grouping pairs by ORGQ_ID', () => {
    const questions = parseSemevalXml(fixture);
    expect(questions.map((q) => [q.id, q.related.length])).toEqual([
      ['Q1', 4],
      ['Q2', 4],
      ['Q3', 3],
    ]);
    const [first] = questions;
    expect(first?.subject).toBe('Where can I renew my driving licence?');
    expect(first?.related.map((r) => r.id)).toEqual(['Q1_R1', 'Q1_R2', 'Q1_R3', 'Q1_R4']);
    expect(first?.related[1]).toMatchObject({
      rankingOrder: 2,
      category: 'Transport',
      subject: 'Renewing a driving licence: which office?',
      relevance: 'PerfectMatch',
      sameAs: null,
    });
  });

  it('keeps empty bodies, decodes entities and reads the same-as attribute', () => {
    const [q1, q2] = parseSemevalXml(fixture);
    expect(q1?.related[2]?.body).toBe('');
    expect(q2?.related[3]?.body).toBe('Barely used treadmill for sale & free delivery.');
    expect(q2?.related[1]?.sameAs).toBe('Q1_R1');
  });

  it('treats PerfectMatch and Relevant as positive, and a missing label as unknown', () => {
    expect(['PerfectMatch', 'Relevant', 'Irrelevant', null].map((r) => isPositive(r as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const unlabelled = parseSemevalXml(
      fixture
        .replace(/ RELQ_RELEVANCE2ORGQ="[A-Za-z]+"/g, '')
        .replace(/RELQ_RELEVANCE2ORGQ CDATA #REQUIRED/, ''),
    );
    expect(unlabelled.flatMap((q) => q.related).every((r) => r.relevance === null)).toBe(true);
  });

  it('refuses a file of another shape', () => {
    expect(() => parseSemevalXml('<?xml version="1.0"?><root><a/></root>')).toThrow(/SemEval/);
  });
});
