import { useState } from 'react';
import { useMergeIdea } from '../../api/ideas.ts';
import type { Idea, IdeaSummary } from '../../api/ideas.ts';
import { ConfirmMutationDialog, Dialog } from '../../components/Dialog.tsx';
import { IdeaFinder } from '../../components/ideas/IdeaFinder.tsx';

/** Merging this idea (a duplicate) into another one on the board: find it, then confirm. */
export function MergeIdeaDialog({
  idea,
  onClose,
  onMerged,
}: {
  idea: Idea;
  onClose: () => void;
  onMerged: (into: IdeaSummary) => void;
}) {
  const merge = useMergeIdea(idea.id);
  const [chosen, setChosen] = useState<IdeaSummary | null>(null);
  if (!chosen) return <IdeaPicker idea={idea} onChoose={setChosen} onClose={onClose} />;
  return (
    <ConfirmMutationDialog
      target={chosen}
      mutation={merge}
      title={`Merge into “${chosen.title}”?`}
      description={
        <p>
          “{idea.title}” goes away: its votes, followers and comments move to “{chosen.title}”, its address
          leads there, and its voters are told.
        </p>
      }
      confirmLabel="Yes, merge them"
      testId="merge-idea-confirm"
      onClose={onClose}
      onDone={onMerged}
    />
  );
}

function IdeaPicker({
  idea,
  onChoose,
  onClose,
}: {
  idea: Idea;
  onChoose: (other: IdeaSummary) => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      title="Merge this idea into another"
      description={<p>Find the idea “{idea.title}” is a duplicate of.</p>}
      onClose={onClose}
      testId="merge-idea-dialog"
    >
      <IdeaFinder
        slug={idea.board.slug}
        status="all"
        excludeId={idea.id}
        label="Find an idea"
        actionLabel="Choose"
        actionName={(other) => `Choose “${other.title}”`}
        onChoose={onChoose}
        testId="merge-candidate"
      />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
