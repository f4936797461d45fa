import { useInvitationPreview } from '../../api/invitations.ts';
import { Time } from '../../components/Bits.tsx';
import { errorMessage, Notice } from '../../components/Feedback.tsx';

/** What the code in the link is for, so the visitor knows what they are joining (or why they cannot). */
export function InvitationSummary({ code }: { code: string }) {
  const preview = useInvitationPreview(code);
  if (preview.isError)
    return (
      <Notice tone="warning" testId="invitation-summary">
        <p>{errorMessage(preview.error)}</p>
      </Notice>
    );
  if (!preview.data) return null;
  const { label, group, expiresAt, email } = preview.data;
  return (
    <Notice testId="invitation-summary">
      <p>
        <strong>You are invited{label ? `: ${label}` : ''}.</strong>
        {group ? (
          <>
            {' '}
            You will join the group <strong>{group.name}</strong>.
          </>
        ) : null}{' '}
        {email ? `This invitation is for ${email}. ` : ''}
        It is valid until <Time iso={expiresAt} />.
      </p>
    </Notice>
  );
}
