import { useEraseMember } from '../../api/privacy.ts';
import type { Member } from '../../api/members.ts';
import { EraseDialog, ErasureFacts } from '../../components/EraseDialog.tsx';
import { erasureWords } from './labels.ts';

interface EraseMemberDialogProps {
  member: Member;
  /** Once erased: what was done, in words. */
  onErased: (text: string) => void;
  onClose: () => void;
}

/** An admin erasing a member on their request: why, and ERASE typed to confirm. */
export function EraseMemberDialog({ member, onErased, onClose }: EraseMemberDialogProps) {
  const erase = useEraseMember(member.id);
  return (
    <EraseDialog
      title={`Erase ${member.name}?`}
      description={<ErasureFacts who="they" />}
      confirmLabel="Erase member"
      askReason
      mutation={erase}
      testId="erase-member-dialog"
      onClose={onClose}
      onErase={(input) =>
        erase.mutate(input, {
          onSuccess: ({ counts }) => {
            onClose();
            const words = erasureWords(counts);
            onErased(`${member.name} was erased${words ? `: ${words}` : ''}.`);
          },
        })
      }
    />
  );
}
