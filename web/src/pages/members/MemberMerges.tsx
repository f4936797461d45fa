import { useState } from 'react';
import { useUndoMerge } from '../../api/members.ts';
import type { Member, MemberMerge } from '../../api/members.ts';
import { Time } from '../../components/Bits.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';

interface MemberMergesProps {
  member: Member;
  /** Whether the signed-in person may undo merges (moderators may not). */
  canUndo: boolean;
  /** Says on the page what an undo did. */
  onUndone: (text: string) => void;
}

/** The members merged into this one: who merged them, why and when, each with an Undo button. */
export function MemberMerges({ member, canUndo, onUndone }: MemberMergesProps) {
  const undo = useUndoMerge();
  const [undoing, setUndoing] = useState<MemberMerge | null>(null);
  return (
    <section className="card member-card" data-testid="member-merges">
      <h2 className="card-title">Merged into this member</h2>
      {member.merges.length === 0 ? (
        <p className="muted">Nobody: this is one person as Hearth met them.</p>
      ) : (
        <ul className="member-merge-list">
          {member.merges.map((merge) => (
            <li key={merge.id} data-testid="member-merge" data-merge-id={merge.id}>
              <p>
                <strong>{merge.from.name}</strong>
              </p>
              <p className="muted small">
                {merge.by ? `By ${merge.by.name}` : 'By Hearth, automatically'},{' '}
                <Time iso={merge.at} relative />
              </p>
              <p className="small">{merge.reason}</p>
              {canUndo ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Undo the merge of ${merge.from.name}`}
                  onClick={() => setUndoing(merge)}
                >
                  Undo
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {undoing ? (
        <ConfirmMutationDialog
          target={undoing}
          mutation={undo}
          onDone={(merge) => onUndone(`${merge.from.name} is a separate member again.`)}
          title={`Undo the merge of ${undoing.from.name}?`}
          description={
            <p>
              {undoing.from.name} becomes a separate member again, with their own identities and timeline, as
              before the merge.
            </p>
          }
          confirmLabel="Yes, undo the merge"
          testId="undo-merge-dialog"
          onClose={() => setUndoing(null)}
          fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
        />
      ) : null}
    </section>
  );
}
