import { XMLParser } from 'fast-xml-parser';

/**
 * Reads a SemEval-2016 Task 3 (community question answering) XML file as published: the XML
 * declaration, an inline DTD, then a root element literally named `<xml version="1.0">` holding
 * one `<OrgQuestion>` per (original question, related thread) pair. The original question is
 * repeated for each of its related threads, so pairs are grouped by ORGQ_ID, in file order.
 */

export type Relevance = 'PerfectMatch' | 'Relevant' | 'Irrelevant';

export interface RelatedQuestion {
  id: string;
  /** The search engine's rank (RELQ_RANKING_ORDER): the IR baseline, never a ranking feature. */
  rankingOrder: number;
  category: string;
  subject: string;
  body: string;
  /** The gold label, or null when the file has none (a test input file). */
  relevance: Relevance | null;
  /** SubtaskA_Skip_Because_Same_As_RelQuestion_ID: another id of this same forum question. */
  sameAs: string | null;
}

export interface OriginalQuestion {
  id: string;
  subject: string;
  body: string;
  /** In file order, which is the order the gold and run files list them in. */
  related: RelatedQuestion[];
}

const relevances: readonly string[] = ['PerfectMatch', 'Relevant', 'Irrelevant'];

/** PerfectMatch and Relevant count as positive in the official scorer. */
export function isPositive(relevance: Relevance | null): boolean {
  return relevance === 'PerfectMatch' || relevance === 'Relevant';
}

type Node = Record<string, unknown>;

function node(value: unknown, what: string): Node {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`Not a SemEval-2016 Task 3 file: ${what} is missing`);
  return value as Node;
}

/** Element text; an empty element parses as '' and an absent one as undefined. */
function text(parent: Node, name: string): string {
  const value = parent[name];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = (value as Node)['#text'];
  return typeof inner === 'string' ? inner.trim() : '';
}

function attribute(element: Node, name: string): string | null {
  const value = element[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function required(element: Node, name: string, where: string): string {
  const value = attribute(element, name);
  if (value === null) throw new Error(`Not a SemEval-2016 Task 3 file: ${where} has no ${name}`);
  return value;
}

export function parseSemevalXml(xml: string): OriginalQuestion[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => name === 'OrgQuestion' || name === 'Thread' || name === 'RelComment',
  });
  const document = node(parser.parse(xml), 'the document');
  const root = node(document.xml, 'the <xml> root element');
  const pairs = root.OrgQuestion;
  if (pairs !== undefined && !Array.isArray(pairs)) throw new Error('Unexpected <OrgQuestion> shape');
  const questions = new Map<string, OriginalQuestion>();
  for (const pairValue of (pairs ?? []) as unknown[]) {
    const pair = node(pairValue, '<OrgQuestion>');
    const id = required(pair, 'ORGQ_ID', '<OrgQuestion>');
    let question = questions.get(id);
    if (!question) {
      question = { id, subject: text(pair, 'OrgQSubject'), body: text(pair, 'OrgQBody'), related: [] };
      questions.set(id, question);
    }
    for (const threadValue of (pair.Thread ?? []) as unknown[]) {
      const thread = node(threadValue, '<Thread>');
      const related = node(thread.RelQuestion, `<RelQuestion> in ${id}`);
      const relatedId = required(related, 'RELQ_ID', '<RelQuestion>');
      const order = Number(required(related, 'RELQ_RANKING_ORDER', relatedId));
      const label = attribute(related, 'RELQ_RELEVANCE2ORGQ');
      question.related.push({
        id: relatedId,
        rankingOrder: Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER,
        category: attribute(related, 'RELQ_CATEGORY') ?? '',
        subject: text(related, 'RelQSubject'),
        body: text(related, 'RelQBody'),
        relevance: label !== null && relevances.includes(label) ? (label as Relevance) : null,
        sameAs: attribute(thread, 'SubtaskA_Skip_Because_Same_As_RelQuestion_ID'),
      });
    }
  }
  return [...questions.values()];
}
