import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useForumSearch } from '../../api/forum.ts';
import { useSpaces } from '../../api/spaces.ts';
import type { ForumSearchFilters } from '../../api/types.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import { ThreadListItem } from '../../components/forum/ThreadListItem.tsx';

function readFilters(params: URLSearchParams): ForumSearchFilters {
  const solved = params.get('solved');
  return {
    q: params.get('q') ?? '',
    space: params.get('space') ?? '',
    author: params.get('author') ?? '',
    solved: solved === 'true' || solved === 'false' ? solved : '',
  };
}

function SearchForm({
  filters,
  onSearch,
}: {
  filters: ForumSearchFilters;
  onSearch: (next: ForumSearchFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const spaces = useSpaces();
  const set = (key: keyof ForumSearchFilters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }
  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <TextField
        label="Search for"
        type="search"
        value={draft.q}
        onChange={set('q')}
        fieldClassName="search-form-q"
      />
      <SelectField label="Space" value={draft.space} onChange={set('space')}>
        <option value="">All spaces</option>
        {(spaces.data?.items ?? []).map((space) => (
          <option key={space.id} value={space.slug}>
            {space.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Author handle"
        value={draft.author}
        onChange={set('author')}
        placeholder="e.g. ada"
        autoComplete="off"
      />
      <SelectField label="Solved" value={draft.solved} onChange={set('solved')}>
        <option value="">Any</option>
        <option value="true">Solved</option>
        <option value="false">Not solved</option>
      </SelectField>
      <div className="search-form-submit">
        <button type="submit" className="button button-primary">
          Search
        </button>
      </div>
    </form>
  );
}

/** Search over every thread and reply the reader may see, with the matching words marked. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const results = useForumSearch(filters);
  const items = results.data ?? [];
  const tooShort = filters.q.trim().length < 2;

  function search(next: ForumSearchFilters) {
    const entries = Object.entries({
      ...next,
      q: next.q.trim(),
      author: next.author.trim().replace(/^@/, ''),
    });
    setParams(Object.fromEntries(entries.filter(([, value]) => value !== '')));
  }

  return (
    <section data-testid="search-page">
      <PageHeader
        title="Search the community"
        documentTitle={filters.q ? `Search: ${filters.q}` : 'Search'}
      />
      <SearchForm key={params.toString()} filters={filters} onSearch={search} />
      {tooShort ? <p className="muted">Type at least 2 characters to search.</p> : null}
      {!tooShort && results.isPending ? <Loading label="Searching…" /> : null}
      {results.isError ? <QueryError error={results.error} onRetry={() => void results.refetch()} /> : null}
      {!tooShort && results.isSuccess ? (
        <p className="muted" role="status">
          {items.length === 0
            ? 'Nothing found. Try other words, or fewer filters.'
            : `${items.length} ${items.length === 1 ? 'result' : 'results'}`}
        </p>
      ) : null}
      {!tooShort && items.length > 0 ? (
        <ul className="thread-list" aria-label="Search results" data-testid="search-results">
          {items.map((hit) => (
            <ThreadListItem key={`${hit.thread.id}:${hit.postNumber}`} thread={hit.thread} showSpace>
              <p className="search-highlight">
                {hit.postNumber > 1 ? <span className="muted small">Reply #{hit.postNumber}: </span> : null}
                {/* The server escapes the text; the only markup in it is <mark>. */}
                <span dangerouslySetInnerHTML={{ __html: hit.highlight }} />
              </p>
            </ThreadListItem>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
