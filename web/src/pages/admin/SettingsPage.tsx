import { useState } from 'react';
import type { FormEvent } from 'react';
import { useUpdateAdminSettings } from '../../api/admin.ts';
import { useSiteSettings } from '../../api/staff.ts';
import type { SignupMode } from '../../api/types.ts';
import { PageHeader } from '../../components/Bits.tsx';
import { RadioGroup } from '../../components/Field.tsx';
import { fieldError, FormError, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { CommunitySettingsForm } from './CommunitySettingsForm.tsx';

const SIGNUP_OPTIONS = [
  { value: 'open', label: 'Open', description: 'Anyone can create an account from the sign-up page.' },
  {
    value: 'invite',
    label: 'Invite only',
    description: 'People need an invitation code from an admin (see Invitations) to create an account.',
  },
] as const;

function SettingsForm({ saved }: { saved: SignupMode }) {
  const update = useUpdateAdminSettings();
  // The admin's unsaved choice; null shows the saved value (which may change under us).
  const [draft, setDraft] = useState<SignupMode | null>(null);
  const signupMode = draft ?? saved;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ signupMode }, { onSuccess: () => setDraft(null) });
  }

  return (
    <form className="card section form" onSubmit={onSubmit} aria-labelledby="signup-settings-title">
      <h2 id="signup-settings-title">Sign-up</h2>
      <FormError error={update.error} knownFields={['signupMode']} />
      <RadioGroup
        legend="Who can create an account?"
        name="signupMode"
        value={signupMode}
        options={SIGNUP_OPTIONS}
        onChange={(value) => {
          setDraft(value);
          if (update.isSuccess) update.reset();
        }}
        error={fieldError(update.error, 'signupMode')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          Save settings
        </button>
        <LiveMessage className="form-status">{update.isSuccess ? 'Settings saved.' : ''}</LiveMessage>
      </div>
    </form>
  );
}

export function SettingsPage() {
  const settings = useSiteSettings();
  return (
    <section data-testid="admin-settings-page">
      <PageHeader
        title="Settings"
        documentTitle="Settings · Admin"
        description="Site-wide settings: who can sign up, and how the community behaves."
      />
      {settings.isPending ? <Loading label="Loading settings…" /> : null}
      {settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : null}
      {settings.data ? (
        <>
          <SettingsForm saved={settings.data.signupMode} />
          <CommunitySettingsForm saved={settings.data.community} />
        </>
      ) : null}
    </section>
  );
}
