import { Link } from 'react-router';
import { useSimilarThreads } from '../../api/forum.ts';
import { useDebouncedValue } from '../../lib/hooks.ts';
import { Badge } from '../Bits.tsx';

function replies(count: number): string {
  return count === 1 ? '1 reply' : `${count} replies`;
}

/** While a title is typed: threads that already ask the same, so the answer is found first. */
export function SimilarQuestions({ title }: { title: string }) {
  const debounced = useDebouncedValue(title.trim(), 250);
  const similar = useSimilarThreads(debounced, '');
  const items = debounced.length >= 3 ? (similar.data ?? []) : [];
  return (
    <section
      className="similar"
      aria-labelledby={items.length > 0 ? 'similar-heading' : undefined}
      aria-live="polite"
      data-testid="similar-questions"
    >
      {items.length > 0 ? (
        <>
          <h2 id="similar-heading" className="similar-title">
            Already asked?
          </h2>
          <p className="muted small">These look alike. One of them may already have your answer.</p>
          <ul className="similar-list">
            {items.map((item) => (
              <li key={item.id} data-testid="similar-item">
                <Link to={`/t/${item.id}`} target="_blank" rel="noopener">
                  {item.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </Link>{' '}
                {item.solved ? <Badge tone="success">Solved</Badge> : null}
                <span className="muted small">
                  {' '}
                  {item.space ? `${item.space.name} · ` : ''}
                  {replies(item.replyCount)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
