import type { FormEvent } from 'react';
import { MEMBER_NOTES_SHOWN, useAddMemberNote } from '../../api/members.ts';
import type { Member } from '../../api/members.ts';
import { Time } from '../../components/Bits.tsx';
import { fieldError, FormError, useRequiredText } from '../../components/Feedback.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { SubmitButton } from '../../components/FormActions.tsx';

const NOTE_MAX = 2_000;

interface MemberNotesProps {
  member: Member;
  /** Whether the signed-in person may write notes. */
  canWrite: boolean;
  /** Says on the page that a note was added. */
  onAdded: (text: string) => void;
}

/** What staff wrote about the member, newest first, and a box to add a note. */
export function MemberNotes({ member, canWrite, onAdded }: MemberNotesProps) {
  return (
    <section className="card member-card" data-testid="member-notes">
      <h2 className="card-title">Notes</h2>
      {canWrite ? <NoteForm member={member} onAdded={onAdded} /> : null}
      {member.notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="member-note-list" aria-label="Notes, newest first">
          {member.notes.map((note) => (
            <li key={note.id} data-testid="member-note">
              <p className="member-note-body">{note.body}</p>
              <p className="muted small">
                {note.author.name}, <Time iso={note.at} relative />
              </p>
            </li>
          ))}
        </ol>
      )}
      {member.notes.length >= MEMBER_NOTES_SHOWN ? (
        <p className="muted small">The newest {MEMBER_NOTES_SHOWN} notes.</p>
      ) : null}
    </section>
  );
}

function NoteForm({ member, onAdded }: { member: Member; onAdded: (text: string) => void }) {
  const add = useAddMemberNote(member.id);
  const note = useRequiredText(add, 'Write the note.');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    note.submit(event, (text) =>
      add.mutate(text, {
        onSuccess: () => {
          note.setDraft('');
          onAdded('Note added.');
        },
      }),
    );
  }

  return (
    <form className="form member-note-form" onSubmit={onSubmit} noValidate aria-label="Add a note">
      <FormError error={add.error} knownFields={['body']} />
      <TextAreaField
        label="New note"
        name="body"
        rows={3}
        maxLength={NOTE_MAX}
        hint="Only staff see notes."
        value={note.draft}
        onChange={(event) => note.setDraft(event.target.value)}
        readOnly={add.isPending}
        error={fieldError(add.error, 'body', note.missingError)}
      />
      <div className="form-actions">
        <SubmitButton pending={add.isPending}>Add note</SubmitButton>
      </div>
    </form>
  );
}
