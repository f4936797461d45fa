import { useState } from 'react';
import type { FormEvent } from 'react';
import { useResendVerification, useUpdateProfile } from '../../api/account.ts';
import type { Me } from '../../api/types.ts';
import { RoleBadge, Time } from '../../components/Bits.tsx';
import { TextField } from '../../components/Field.tsx';
import {
  errorMessage,
  fieldError,
  focusFirstInvalid,
  FormError,
  LiveMessage,
  Notice,
} from '../../components/Feedback.tsx';

export function ProfileSection({ me }: { me: Me }) {
  const update = useUpdateProfile();
  const resend = useResendVerification();
  const [name, setName] = useState(me.name);
  const [clientError, setClientError] = useState<string | undefined>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') {
      setClientError('Enter your name.');
      update.reset();
      focusFirstInvalid(event.currentTarget);
      return;
    }
    setClientError(undefined);
    update.mutate({ name: name.trim() });
  }

  return (
    <section className="card section" aria-labelledby="profile" data-testid="profile-section">
      <h2 id="profile" tabIndex={-1}>
        Profile
      </h2>
      <dl className="details">
        <div>
          <dt>Email</dt>
          <dd>
            <span data-testid="profile-email">{me.email}</span>{' '}
            {me.emailVerified ? (
              <span className="badge badge-success">Verified</span>
            ) : (
              <span className="badge badge-warning">Not verified</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Handle</dt>
          <dd>@{me.handle}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>
            <RoleBadge role={me.role} />
          </dd>
        </div>
        <div>
          <dt>Member since</dt>
          <dd>
            <Time iso={me.createdAt} />
          </dd>
        </div>
      </dl>
      {!me.emailVerified ? (
        <Notice tone="warning" testId="email-not-verified">
          <p>Your email address is not verified yet. Open the link we sent to {me.email} to confirm it.</p>
          {resend.isSuccess ? (
            <p role="status">We sent a new link. Check your inbox.</p>
          ) : (
            <p>
              <button
                type="button"
                className="button button-small"
                onClick={() => resend.mutate()}
                disabled={resend.isPending}
              >
                Send a new verification link
              </button>
            </p>
          )}
          {resend.isError ? (
            <p className="field-error" role="alert">
              {errorMessage(resend.error)}
            </p>
          ) : null}
        </Notice>
      ) : null}
      <form className="form form-inline-submit" onSubmit={onSubmit} noValidate>
        <FormError error={update.error} knownFields={['name']} />
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (update.isSuccess) update.reset();
          }}
          error={fieldError(update.error, 'name', clientError)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={update.isPending}>
            Save profile
          </button>
          <LiveMessage className="form-status">{update.isSuccess ? 'Profile saved.' : ''}</LiveMessage>
        </div>
      </form>
    </section>
  );
}
