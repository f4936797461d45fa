/**
 * The watch-rule query language: what a community manager writes to say which mentions a rule
 * is about. Parsed once into a plain-JSON tree (ast.ts), compiled once (match.ts), matched many.
 *
 * Terms
 *   lumo            a word, on word boundaries, case- and accent-insensitive: matches "Lumo's
 *                   router" and "LUMO", not "lumosity". `#lumo` only matches the hashtag; plain
 *                   `lumo` matches the hashtag too. `@jdoe` likewise for handles.
 *   lumo*           a prefix: matches "lumosity". `*` anywhere else, or alone, is an error.
 *   "lumo x2"       a phrase: consecutive words ("my LUMO X2 died"). `"lumo x*"` ends in a prefix.
 *                   Quotes have no escapes; an unclosed quote is an error.
 *   wi-fi, lumo's   punctuation inside a term splits it, so the term is the phrase "wi fi".
 *   Plain terms and phrases search the title and the text (a phrase never spans the two).
 *
 * Operators (upper-case only: `and`, `or`, `not` are ordinary words)
 *   a b, a AND b    both. Juxtaposition is AND.
 *   a OR b          either.
 *   NOT a, -a       not a. `-` must touch what it negates: -refund, -"lumo x2", -site:x.com, -(a b).
 *   ( … )           grouping, at most 32 levels deep.
 *   Precedence: NOT > AND > OR, so `a OR b c` is `a OR (b AND c)`.
 *
 * Fields (names are case-insensitive; the value follows the colon directly, or is quoted)
 *   title:word      title:"phrase"  a word, prefix or phrase in the title only.
 *   author:word     author:"Jane Doe", author:@jdoe  in the author's name or handle.
 *   source:reddit   a word or phrase of the source's name, or exactly its kind.
 *   lang:en         ISO 639-3 (`eng`) or a common 2-letter code (`en`); `und` = undetermined.
 *   intent:bug      question, complaint, praise, idea, bug or other.
 *   sentiment:negative  positive, negative or neutral.
 *   platform:reddit exact, case-insensitive.
 *   site:example.com  the item's hostname is example.com or ends with .example.com.
 *   An unknown `name:` directly followed by a value is an error; `Note: …` (colon then space) and
 *   `https://…` are ordinary words.
 *
 * Limits: 2,000 characters, 200 terms, 32 levels of brackets. An empty query is an error; a
 * query of only NOT terms (`-spam`) matches everything without them. `NOT NOT a` is `a`.
 */
import { QueryError, watchQueryLimits, type ParseResult, type WatchQuery } from './ast.ts';
import { lexWatchQuery, type Token } from './lex.ts';

export function parseWatchQuery(source: string): ParseResult {
  try {
    const { maxLength } = watchQueryLimits;
    if (source.length > maxLength) {
      const length = source.length.toLocaleString('en-US');
      throw new QueryError(`The query is too long: ${length} characters, the limit is 2,000.`, maxLength);
    }
    const tokens = lexWatchQuery(source);
    if (tokens.length === 0) throw new QueryError('Write at least one word to look for.', 0);
    return { ok: true, query: new Parser(tokens, source.length).parseQuery() };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, message: error.message, position: error.position };
    throw error;
  }
}

function startsOperand(token: Token | undefined): boolean {
  return token?.type === 'atom' || token?.type === '(' || token?.type === 'NOT';
}

function needsBothSides(token: Token): QueryError {
  return new QueryError(`"${token.type}" needs a term on both sides.`, token.pos);
}

/** One flat node per AND/OR run, so equivalent queries get the same tree and description. */
function combine(kind: 'and' | 'or', children: WatchQuery[]): WatchQuery {
  if (children.length === 1 && children[0]) return children[0];
  return { kind, children: children.flatMap((child) => (child.kind === kind ? child.children : [child])) };
}

/**
 * Recursive descent; recursion only happens through brackets, which are capped, so the stack
 * depth is bounded whatever the input.
 */
class Parser {
  private index = 0;
  private readonly tokens: readonly Token[];
  private readonly length: number;

  constructor(tokens: readonly Token[], length: number) {
    this.tokens = tokens;
    this.length = length;
  }

  parseQuery(): WatchQuery {
    const query = this.parseOr(0);
    const extra = this.peek();
    if (extra) throw this.misplaced(extra);
    return query;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private parseOr(depth: number): WatchQuery {
    const children = [this.parseAnd(depth)];
    for (let token = this.peek(); token?.type === 'OR'; token = this.peek()) {
      this.index++;
      if (!startsOperand(this.peek())) throw needsBothSides(token);
      children.push(this.parseAnd(depth));
    }
    return combine('or', children);
  }

  private parseAnd(depth: number): WatchQuery {
    const children = [this.parseUnary(depth)];
    for (;;) {
      const token = this.peek();
      if (token?.type === 'AND') {
        this.index++;
        if (!startsOperand(this.peek())) throw needsBothSides(token);
      } else if (!startsOperand(token)) {
        break;
      }
      children.push(this.parseUnary(depth));
    }
    return combine('and', children);
  }

  private parseUnary(depth: number): WatchQuery {
    let negations = 0;
    let last: { pos: number; text: string } | undefined;
    for (let token = this.peek(); token?.type === 'NOT'; token = this.peek()) {
      last = token;
      negations++;
      this.index++;
    }
    const token = this.peek();
    if (!token || !startsOperand(token)) {
      if (last) throw new QueryError(`"${last.text}" needs a term right after it.`, last.pos);
      throw this.misplaced(token);
    }
    const node = this.parsePrimary(token, depth);
    return negations % 2 === 1 ? { kind: 'not', child: node } : node;
  }

  private parsePrimary(token: Token, depth: number): WatchQuery {
    this.index++;
    if (token.type === 'atom') return token.node;
    if (depth >= watchQueryLimits.maxDepth) {
      const limit = watchQueryLimits.maxDepth;
      throw new QueryError(`Brackets are nested too deeply: at most ${limit} levels.`, token.pos);
    }
    const next = this.peek();
    if (next?.type === ')') {
      throw new QueryError('Empty brackets: put at least one term between "(" and ")".', token.pos);
    }
    const inner = next ? this.parseOr(depth + 1) : undefined;
    if (!inner || this.peek()?.type !== ')') {
      throw new QueryError(`Missing ")" to close the group opened at character ${token.pos + 1}.`, token.pos);
    }
    this.index++;
    return inner;
  }

  private misplaced(token: Token | undefined): QueryError {
    if (!token) return new QueryError('Write at least one word to look for.', this.length);
    if (token.type === 'OR' || token.type === 'AND') return needsBothSides(token);
    return new QueryError('Unexpected ")": there is no "(" for it to close.', token.pos);
  }
}
