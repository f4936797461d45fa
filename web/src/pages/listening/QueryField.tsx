// The watch query, checked as it is typed: how Hearth reads it, or a caret where it stops making sense.
import { useId } from 'react';
import { useQueryCheck } from '../../api/listening.ts';
import type { QueryCheck } from '../../api/listening.ts';
import { errorMessage } from '../../components/Feedback.tsx';
import { useDebouncedValue } from '../../lib/hooks.ts';

const CHECK_DELAY_MS = 350;

export type CheckedQuery = QueryCheck & { query: string };

/** The last check of the query, once it is about the text as it stands now (null before that). */
export function useCheckedQuery(query: string) {
  const debounced = useDebouncedValue(query, CHECK_DELAY_MS);
  const check = useQueryCheck(debounced);
  const current = check.data && check.data.query === query ? check.data : null;
  return { check, current };
}

export function QueryField({
  value,
  onChange,
  error,
  check,
}: {
  value: string;
  onChange: (value: string) => void;
  /** The server's or the form's message (the live check shows its own). */
  error?: string;
  check: ReturnType<typeof useCheckedQuery>['check'];
}) {
  const id = useId();
  const result = value.trim() === '' ? undefined : check.data;
  const fresh = result !== undefined && result.query === value;
  const invalid = Boolean(error) || (fresh && !result.ok);
  return (
    <div className="field query-field">
      <label className="field-label" htmlFor={id}>
        Query
      </label>
      <textarea
        id={id}
        name="query"
        className="input textarea input-mono query-input"
        rows={3}
        maxLength={2000}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint ${id}-check${error ? ` ${id}-error` : ''}`}
        data-testid="rule-query"
      />
      <p className="field-hint" id={`${id}-hint`}>
        Words, <code>"phrases"</code>, <code>OR</code>, <code>-word</code> or <code>NOT</code> to leave out,{' '}
        <code>(groups)</code>, <code>prefix*</code> and fields like <code>lang:en</code>; see the syntax
        below.
      </p>
      <div
        id={`${id}-check`}
        className="query-check"
        aria-live="polite"
        aria-busy={check.isFetching || undefined}
        data-testid="query-check"
        data-state={value.trim() === '' ? 'empty' : !fresh ? 'checking' : result.ok ? 'ok' : 'error'}
      >
        <QueryCheckResult value={value} result={result} failure={check.isError ? check.error : null} />
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function QueryCheckResult({
  value,
  result,
  failure,
}: {
  value: string;
  result: CheckedQuery | undefined;
  failure: unknown;
}) {
  if (value.trim() === '')
    return (
      <p className="muted">
        Write what to look for, like <code>lumo OR "lumo x2"</code>.
      </p>
    );
  if (failure && !result) return <p className="muted">Could not check the query: {errorMessage(failure)}</p>;
  if (!result) return <p className="muted">Checking…</p>;
  if (result.ok)
    return (
      <p className="query-check-ok">
        Hearth reads this as: <code data-testid="query-canonical">{result.canonical}</code>
      </p>
    );
  return (
    <div className="query-check-error">
      <p className="field-error" data-testid="query-error">
        {result.message ?? 'Hearth cannot read this query.'}
        {result.position !== null ? (
          <span className="visually-hidden"> (at character {result.position + 1})</span>
        ) : null}
      </p>
      {result.position !== null ? <QueryCaret query={result.query} position={result.position} /> : null}
    </div>
  );
}

/**
 * The query on one line, the character where reading stopped marked with a caret under it. The mark
 * is an element, not spaces, so it stays in place whatever the font.
 */
function QueryCaret({ query, position }: { query: string; position: number }) {
  const line = query.replace(/\s/g, ' ');
  const at = Math.max(0, Math.min(position, line.length));
  return (
    <p className="query-caret" aria-hidden="true" data-testid="query-caret" data-position={at}>
      <code>
        {line.slice(0, at)}
        <mark className="query-caret-mark">{line.slice(at, at + 1) || '\u00a0'}</mark>
        {line.slice(at + 1)}
      </code>
    </p>
  );
}

/** A short reference of the query language (src/modules/listening/query/parse.ts). */
export function QuerySyntaxHelp() {
  const rows: [string, string][] = [
    ['lumo', 'The word, in any case and without accents; #lumo and @lumo too.'],
    ['"lumo x2"', 'The words together, in this order.'],
    ['lumo*', 'Words starting with lumo (lumosity).'],
    ['lumo router, lumo AND router', 'Both.'],
    ['lumo OR glow', 'Either.'],
    ['-refund, NOT refund', 'Without it. The minus touches what it leaves out.'],
    ['(lumo OR glow) outage', 'Brackets group. Without them NOT binds first, then AND, then OR.'],
    ['title:review, author:@jdoe', 'Only in the title; by this author (name or handle).'],
    ['source:reddit, platform:twitter', 'From a source (a word of its name, or its kind); on a platform.'],
    ['site:example.com', 'Links to that site or its subdomains.'],
    [
      'lang:en, intent:bug, sentiment:negative',
      'Language, intent (question, complaint, praise, idea, bug, other), sentiment.',
    ],
  ];
  return (
    <details className="syntax-help" data-testid="query-syntax-help">
      <summary>Query syntax</summary>
      <p className="muted">
        <code>AND</code>, <code>OR</code> and <code>NOT</code> are operators only in capitals.
      </p>
      <table className="syntax-table">
        <caption className="visually-hidden">Query syntax</caption>
        <thead>
          <tr>
            <th scope="col">Write</th>
            <th scope="col">To match</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([write, meaning]) => (
            <tr key={write}>
              <th scope="row">
                <code>{write}</code>
              </th>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
