// The watch-rule query language of social listening: parse a rule once, compile it once, match
// it against every incoming mention (prepared once per mention). Pure: no database, no I/O.
// The language itself is documented at the top of parse.ts.
export {
  watchIntents,
  watchQueryFields,
  watchQueryLimits,
  watchSentiments,
  type FilterField,
  type ParseResult,
  type TermField,
  type WatchFilter,
  type WatchQuery,
  type WatchQueryField,
  type WatchTerm,
} from './ast.ts';
export { describeWatchQuery, watchQueryTerms } from './describe.ts';
export {
  compileWatchQuery,
  matchesWatchQuery,
  prepareMatchDoc,
  type CompiledQuery,
  type MatchDoc,
  type MatchDocInput,
} from './match.ts';
export { parseWatchQuery } from './parse.ts';
export type { WordIndex } from './text.ts';
