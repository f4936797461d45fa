import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import '../../styles/onboarding.css';
import { BatchSection } from './invitations/BatchSection.tsx';
import { LinkSection } from './invitations/LinkSection.tsx';

export function InvitationsPage() {
  const queryClient = useQueryClient();
  // Someone signed up, perhaps with a link or a code: its uses changed.
  useLiveEvent('users.changed', () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.invitations });
  });

  return (
    <section data-testid="admin-invitations-page">
      <PageHeader
        title="Invitations"
        documentTitle="Invitations · Admin"
        description="Invitation links and printed codes let people create an account, also when sign-up is invite only, and can put them in a group."
      />
      <LinkSection />
      <BatchSection />
    </section>
  );
}
