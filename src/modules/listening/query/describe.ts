/** Turning a query tree back into words: a canonical rendering, and the terms to highlight. */
import type { WatchQuery, WatchTerm } from './ast.ts';

/**
 * The canonical text of a query: explicit AND/OR/NOT, brackets around every nested group (even
 * where precedence makes them optional, so no reader has to know it), fields lower-case, values
 * normalised. Parsing it gives back the same tree.
 */
export function describeWatchQuery(query: WatchQuery): string {
  return render(query, false);
}

function render(node: WatchQuery, nested: boolean): string {
  switch (node.kind) {
    case 'and':
    case 'or': {
      if (node.children.length === 1 && node.children[0]) return render(node.children[0], nested);
      const text = node.children
        .map((child) => render(child, true))
        .join(node.kind === 'and' ? ' AND ' : ' OR ');
      return nested ? `(${text})` : text;
    }
    case 'not':
      return `NOT ${render(node.child, true)}`;
    case 'term':
      return node.field === 'text' ? renderWords(node) : `${node.field}:${renderWords(node)}`;
    case 'field':
      // A value the lexer would cut short (space, bracket) or read as a URL goes in quotes.
      return /[\s()]|^\/\/|^$/.test(node.value)
        ? `${node.field}:"${node.value}"`
        : `${node.field}:${node.value}`;
  }
}

function renderWords(term: WatchTerm): string {
  const text = `${term.words.join(' ')}${term.prefix ? '*' : ''}`;
  return term.words.length > 1 ? `"${text}"` : text;
}

/**
 * The words and phrases a query looks for positively (not under a NOT), in the title or text,
 * in first-seen order without repeats: what to highlight in an item and to name as top terms. A
 * prefix keeps its `*` ("lumo*"), so a highlighter knows to match word starts.
 */
export function watchQueryTerms(query: WatchQuery): string[] {
  const terms = new Set<string>();
  collect(query, false, terms);
  return [...terms];
}

function collect(node: WatchQuery, negated: boolean, terms: Set<string>): void {
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const child of node.children) collect(child, negated, terms);
      return;
    case 'not':
      collect(node.child, !negated, terms);
      return;
    case 'term':
      if (!negated && node.field !== 'author') terms.add(`${node.words.join(' ')}${node.prefix ? '*' : ''}`);
      return;
    case 'field':
      return;
  }
}
