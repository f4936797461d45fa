import { useState } from 'react';
import { useBoard } from '../../api/ideas.ts';
import type { IdeaStatusFilter, IdeaSummary } from '../../api/ideas.ts';
import { useDebouncedValue } from '../../lib/hooks.ts';
import { FindField } from '../FindField.tsx';
import { StatusBadge } from './IdeaBits.tsx';

export interface IdeaFinderProps {
  slug: string;
  status: IdeaStatusFilter;
  /** An idea not to offer (the one being merged). */
  excludeId?: string;
  label: string;
  actionLabel: string;
  /** The button's accessible name for an idea, e.g. "Choose “Dark mode”". */
  actionName: (idea: IdeaSummary) => string;
  disabled?: boolean;
  onChoose: (idea: IdeaSummary) => void;
  testId: string;
}

/** Finds ideas on a board by title as one types (the most voted first) and offers each with a button. */
export function IdeaFinder(props: IdeaFinderProps) {
  const [q, setQ] = useState('');
  const found = useDebouncedValue(q.trim(), 250);
  const search = useBoard(props.slug, {
    sort: 'votes',
    status: props.status,
    ...(found ? { q: found } : {}),
  });
  const ideas = (search.data?.pages[0]?.items ?? [])
    .filter((idea) => idea.id !== props.excludeId)
    .slice(0, 8);
  let status = search.isPending ? 'Searching…' : '';
  if (search.isSuccess) status = ideas.length === 0 ? 'No idea matches.' : `${ideas.length} shown.`;
  return (
    <>
      <FindField
        label={props.label}
        placeholder="Words of its title"
        value={q}
        onChange={setQ}
        status={status}
        query={search}
      />
      {ideas.length > 0 ? (
        <ul className="person-results" aria-label="Ideas found">
          {ideas.map((idea) => (
            <li key={idea.id} className="person-result" data-testid={props.testId}>
              <span className="person-result-name">
                <strong>{idea.title}</strong> <StatusBadge status={idea.status} />{' '}
                <span className="muted small">{idea.voteCount} votes</span>
              </span>
              <button
                type="button"
                className="button button-small"
                disabled={props.disabled}
                aria-label={props.actionName(idea)}
                onClick={() => props.onChoose(idea)}
              >
                {props.actionLabel}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
