import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError, seg } from '../../api/client.ts';
import { useLogPhoneCall } from '../../api/inbox.ts';
import type { PersonProfile } from '../../api/types.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { fieldError, focusFirstInvalid, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';

interface CallDraft {
  name: string;
  phone: string;
  handle: string;
  subject: string;
  summary: string;
  answeredOnCall: boolean;
}

function check(draft: CallDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = 'Who called? Enter their name.';
  if (!draft.subject.trim()) errors.subject = 'Give the call a subject.';
  if (!draft.summary.trim()) errors.summary = 'Summarise what the caller said.';
  return errors;
}

/** The member a handle names, so the call lands on their timeline; undefined when nobody has it. */
async function memberIdOf(handle: string): Promise<string | null | undefined> {
  if (!handle) return null;
  try {
    return (await api.get<PersonProfile>(`/api/people/${seg(handle)}`)).person.id;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}

/** A phone call becomes a conversation like any other: routed, with its clock; it opens when logged. */
export function PhoneCallDialog({ onClose }: { onClose: () => void }) {
  const log = useLogPhoneCall();
  const navigate = useNavigate();
  const { errors, passes } = useClientChecks(log);
  const [lookupError, setLookupError] = useState<unknown>(null);
  const [unknownHandle, setUnknownHandle] = useState('');
  const [draft, setDraft] = useState<CallDraft>({
    name: '',
    phone: '',
    handle: '',
    subject: '',
    summary: '',
    answeredOnCall: true,
  });
  const set = (changes: Partial<CallDraft>) => setDraft((current) => ({ ...current, ...changes }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setLookupError(null);
    setUnknownHandle('');
    const handle = draft.handle.trim().replace(/^@/, '');
    if (!passes(event, check(draft))) return;
    let memberId: string | null | undefined;
    try {
      memberId = await memberIdOf(handle);
    } catch (error) {
      setLookupError(error);
      return;
    }
    if (memberId === undefined) {
      setUnknownHandle(`Nobody has the handle @${handle}. Leave it empty for a caller without an account.`);
      focusFirstInvalid(form);
      return;
    }
    log.mutate(
      {
        memberId,
        name: draft.name.trim(),
        phone: draft.phone.trim(),
        subject: draft.subject.trim(),
        summary: draft.summary.trim(),
        answeredOnCall: draft.answeredOnCall,
      },
      { onSuccess: ({ conversation }) => void navigate(`/inbox/c/${encodeURIComponent(conversation.id)}`) },
    );
  }

  return (
    <Dialog title="Log a phone call" onClose={onClose} testId="phone-call-dialog">
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          label="Caller’s name"
          value={draft.name}
          autoComplete="off"
          onChange={(event) => set({ name: event.target.value })}
          error={fieldError(log.error, 'name', errors.name)}
          data-autofocus
        />
        <TextField
          label="Phone number"
          hint="Optional."
          type="tel"
          value={draft.phone}
          onChange={(event) => set({ phone: event.target.value })}
          error={fieldError(log.error, 'phone', errors.phone)}
        />
        <TextField
          label="Member’s handle"
          hint="Optional: links the call to their profile, e.g. @dana."
          value={draft.handle}
          autoComplete="off"
          onChange={(event) => set({ handle: event.target.value })}
          error={unknownHandle || undefined}
        />
        <TextField
          label="Subject"
          value={draft.subject}
          onChange={(event) => set({ subject: event.target.value })}
          error={fieldError(log.error, 'subject', errors.subject)}
        />
        <TextAreaField
          label="What the caller said"
          rows={5}
          value={draft.summary}
          onChange={(event) => set({ summary: event.target.value })}
          error={fieldError(log.error, 'summary', errors.summary)}
        />
        <label className="check-field">
          <input
            type="checkbox"
            className="checkbox"
            checked={draft.answeredOnCall}
            onChange={(event) => set({ answeredOnCall: event.target.checked })}
          />
          I answered them on the call (counts as the first response)
        </label>
        <FormError error={lookupError ?? log.error} knownFields={['name', 'phone', 'subject', 'summary']} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={log.isPending}>
            Log the call
          </button>
        </div>
      </form>
    </Dialog>
  );
}
