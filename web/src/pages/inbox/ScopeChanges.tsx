import type { ConversationDetail } from '../../api/inbox-types.ts';
import { Time } from '../../components/Bits.tsx';

/** What was agreed along the way (price, scope, dates), so nobody has to dig through the messages. */
export function ScopeChanges({
  conversation,
  onRecord,
}: {
  conversation: ConversationDetail;
  onRecord: () => void;
}) {
  return (
    <section className="side-card" aria-labelledby="scope-heading" data-testid="scope-changes">
      <h2 id="scope-heading">Scope changes</h2>
      {conversation.scopeChanges.length === 0 ? (
        <p className="muted small">None recorded.</p>
      ) : (
        <ul className="scope-list">
          {conversation.scopeChanges.map((change) => (
            <li key={change.id} className="scope-change" data-testid="scope-change">
              <p>
                <strong>{change.what}</strong>: {change.oldValue ? `from ${change.oldValue} ` : ''}to{' '}
                {change.newValue}
              </p>
              <p className="muted small">
                Agreed by {change.agreedBy}
                {change.recordedBy ? `, recorded by ${change.recordedBy.name}` : ''},{' '}
                <Time iso={change.createdAt} relative />
              </p>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-small" onClick={onRecord}>
        Record a scope change
      </button>
    </section>
  );
}

export function CsatResult({ csat }: { csat: ConversationDetail['csat'] }) {
  if (!csat) return null;
  return (
    <section className="side-card" aria-labelledby="csat-heading" data-testid="csat-result">
      <h2 id="csat-heading">Member’s rating</h2>
      {csat.rating === null ? (
        <p className="muted small">Asked after it was resolved; no answer yet.</p>
      ) : (
        <>
          <p className="csat-score">
            <span aria-hidden="true">
              {'★'.repeat(csat.rating)}
              {'☆'.repeat(Math.max(0, 5 - csat.rating))}
            </span>{' '}
            {csat.rating} out of 5
          </p>
          {csat.comment ? <blockquote className="csat-comment">{csat.comment}</blockquote> : null}
        </>
      )}
    </section>
  );
}
