import { useCreateInvitation } from '../../../api/invitations.ts';
import type { Invitation, InvitationInput } from '../../../api/invitations.ts';
import { CopyField, Time } from '../../../components/Bits.tsx';
import { TextField, WholeNumberField } from '../../../components/Field.tsx';
import { fieldError, FormError } from '../../../components/Feedback.tsx';
import { useDraftForm } from './draft-form.ts';
import { ExpiryField, expiryHours, GroupSelect, type Expiry } from './fields.tsx';
import { LinkTable } from './LinkTable.tsx';

const knownFields = ['email', 'maxUses', 'expiresInHours', 'groupId', 'label'];

interface Draft {
  email: string;
  maxUses: string;
  expiry: Expiry;
  groupId: string;
  label: string;
}

const emptyDraft: Draft = {
  email: '',
  maxUses: '1',
  expiry: { amount: '14', unit: 'days' },
  groupId: '',
  label: '',
};

function checkDraft(draft: Draft): { errors: Record<string, string>; input: InvitationInput | null } {
  const errors: Record<string, string> = {};
  const maxUses = Number(draft.maxUses);
  const hours = expiryHours(draft.expiry);
  if (!Number.isInteger(maxUses) || maxUses < 1 || maxUses > 10_000)
    errors.maxUses = 'Allow between 1 and 10,000 uses.';
  if (draft.email.trim() && maxUses !== 1)
    errors.maxUses = 'An invitation for one email address admits one person.';
  if (hours === null) errors.expiresInHours = 'Give a whole number, at least 1.';
  if (Object.keys(errors).length > 0 || hours === null) return { errors, input: null };
  return {
    errors,
    input: {
      maxUses,
      expiresInHours: hours,
      ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
      ...(draft.groupId ? { groupId: draft.groupId } : {}),
      ...(draft.label.trim() ? { label: draft.label.trim() } : {}),
    },
  };
}

/** Links: one person (mailed) or many (shared), with a use limit, an expiry and a group. */
export function LinkSection() {
  const create = useCreateInvitation();
  const { draft, set, checks, created, clearCreated, onSubmit } = useDraftForm(
    create,
    emptyDraft,
    checkDraft,
  );

  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">Invitation links</h2>
      <div className="card section">
        <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-invitation-title">
          <h3 id="create-invitation-title">Create an invitation link</h3>
          <FormError error={create.error} knownFields={knownFields} />
          <TextField
            label="Label (optional)"
            name="label"
            autoComplete="off"
            hint="What it is for, shown to staff and on the sign-up page: “Spring newsletter”."
            value={draft.label}
            onChange={(event) => set({ label: event.target.value })}
            error={fieldError(create.error, 'label')}
          />
          <div className="field-row">
            <WholeNumberField
              label="How many people may use it"
              name="maxUses"
              min={1}
              max={10_000}
              required
              value={draft.maxUses}
              onChange={(event) => set({ maxUses: event.target.value })}
              error={fieldError(create.error, 'maxUses', checks.errors.maxUses)}
            />
            <GroupSelect
              value={draft.groupId}
              onChange={(groupId) => set({ groupId })}
              error={fieldError(create.error, 'groupId')}
            />
          </div>
          <ExpiryField
            value={draft.expiry}
            onChange={(expiry) => set({ expiry })}
            error={fieldError(create.error, 'expiresInHours', checks.errors.expiresInHours)}
          />
          <TextField
            label="Email (optional)"
            type="email"
            name="email"
            autoComplete="off"
            hint="For one person: the link is emailed to them and works only for this address."
            value={draft.email}
            onChange={(event) => set({ email: event.target.value })}
            error={fieldError(create.error, 'email')}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              Create invitation link
            </button>
          </div>
        </form>
        {created ? <CreatedLink created={created} onDone={clearCreated} /> : null}
      </div>
      <LinkTable />
    </section>
  );
}

function CreatedLink({
  created,
  onDone,
}: {
  created: { invitation: Invitation; url: string };
  onDone: () => void;
}) {
  const { invitation } = created;
  return (
    <section className="secret-panel" aria-labelledby="new-invite-title" data-testid="new-invitation-panel">
      <h3 id="new-invite-title">
        Invitation created{invitation.email ? ` for ${invitation.email}` : ''}
        {invitation.label ? `: ${invitation.label}` : ''}
      </h3>
      <p className="secret-warning">
        <strong>Copy the link now.</strong> It will not be shown again. It admits{' '}
        {invitation.maxUses === 1 ? 'one person' : `${invitation.maxUses} people`}
        {invitation.group ? ` into ${invitation.group.name}` : ''} and expires{' '}
        <Time iso={invitation.expiresAt} />.
      </p>
      <CopyField label="Invitation link" value={created.url} testId="new-invitation-link" autoSelect />
      <button type="button" className="button" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
