import { useState } from 'react';
import { useMembers, useMergeMember } from '../../api/members.ts';
import type { Member, MemberSummary } from '../../api/members.ts';
import { ConfirmMutationDialog, Dialog } from '../../components/Dialog.tsx';
import { FindField } from '../../components/FindField.tsx';
import { useDebouncedValue } from '../../lib/hooks.ts';
import { NameLastActive } from './LastActive.tsx';

interface MergeMemberDialogProps {
  /** The member the other one is merged into (it stays). */
  member: Member;
  /** Once merged: the member merged in. */
  onMerged: (from: MemberSummary) => void;
  onClose: () => void;
}

/** Merging another member into this one: find and choose them, then confirm. */
export function MergeMemberDialog({ member, onMerged, onClose }: MergeMemberDialogProps) {
  const merge = useMergeMember(member.id);
  const [chosen, setChosen] = useState<MemberSummary | null>(null);
  if (!chosen) return <MemberPicker member={member} onChoose={setChosen} onClose={onClose} />;
  return (
    <ConfirmMutationDialog
      target={chosen}
      mutation={merge}
      title={`Merge ${chosen.name} into ${member.name}?`}
      description={
        <p>
          {chosen.name}’s identities and timeline join this profile, and their address leads here. You can
          undo it under “Merged into this member”.
        </p>
      }
      confirmLabel="Yes, merge them"
      testId="merge-member-confirm"
      onClose={onClose}
      onDone={onMerged}
      fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
    />
  );
}

/** Finds members as one types (the most recently active ones before that), and offers each but this one. */
function MemberPicker({
  member,
  onChoose,
  onClose,
}: {
  member: Member;
  onChoose: (other: MemberSummary) => void;
  onClose: () => void;
}) {
  const [q, setQ] = useState('');
  const found = useDebouncedValue(q.trim(), 250);
  const search = useMembers(found ? { q: found } : {});
  const others = (search.data?.pages[0]?.items ?? []).filter((other) => other.id !== member.id);
  let status = search.isPending ? 'Searching…' : '';
  if (search.isSuccess) status = others.length === 0 ? 'No other member matches.' : `${others.length} found.`;
  return (
    <Dialog
      title="Merge another member into this one"
      description={<p>Find the member who is the same person as {member.name}.</p>}
      onClose={onClose}
      testId="merge-member-dialog"
    >
      <FindField
        label="Find a member"
        placeholder="Name, email, handle or phone"
        value={q}
        onChange={setQ}
        status={status}
        query={search}
      />
      {others.length > 0 ? (
        <ul className="person-results" aria-label="Members found">
          {others.map((other) => (
            <li key={other.id} className="person-result" data-testid="merge-candidate">
              <span className="person-result-name">
                <NameLastActive member={other} />
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Choose ${other.name}`}
                onClick={() => onChoose(other)}
              >
                Choose
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
