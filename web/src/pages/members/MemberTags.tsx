import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useSetMemberTags } from '../../api/members.ts';
import type { Member } from '../../api/members.ts';
import { FormError } from '../../components/Feedback.tsx';
import { TextField } from '../../components/Field.tsx';
import { SubmitButton } from '../../components/FormActions.tsx';
import { membersListPath } from './listFilters.ts';

interface MemberTagsProps {
  member: Member;
  /** Whether the signed-in person may tag members (moderators may not). */
  canEdit: boolean;
  /** Says on the page what a save did. */
  onSaved: (text: string) => void;
}

/** The member's tags, each leading to the members who have it; "Edit tags" for those who may tag. */
export function MemberTags({ member, canEdit, onSaved }: MemberTagsProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Once the form closes, focus goes back to the button that opened it.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  return (
    <section className="card member-card" data-testid="member-tags">
      <div className="card-head member-card-head">
        <h2 className="card-title">Tags</h2>
        {canEdit && !editing ? (
          <button
            type="button"
            className="button button-small"
            ref={editButton}
            onClick={() => setEditing(true)}
          >
            Edit tags
          </button>
        ) : null}
      </div>
      {editing ? (
        <TagsForm
          member={member}
          onClose={close}
          onSaved={() => {
            close();
            onSaved('Tags saved.');
          }}
        />
      ) : member.tags.length === 0 ? (
        <p className="muted">No tags yet.</p>
      ) : (
        <ul className="member-tag-list">
          {member.tags.map((tag) => (
            <li key={tag} data-testid="member-tag">
              <Link className="chip-tag" to={membersListPath({ tag })} title={`Members tagged “${tag}”`}>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "beta, Power user," → ["beta", "Power user"] (the server lower-cases them). */
function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The server's word on the tags themselves, naming the tag it refused ("“beta!”: A tag is…"). */
function tagsError(error: unknown, sent: readonly string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const problems = error.fields.flatMap((field) => {
    const index = /^tags(?:\.(\d+))?$/.exec(field.path);
    if (!index) return [];
    const tag = index[1] === undefined ? undefined : sent[Number(index[1])];
    return [tag === undefined ? field.message : `“${tag}”: ${field.message}`];
  });
  return problems.length > 0 ? problems.join(' ') : undefined;
}

function TagsForm({
  member,
  onClose,
  onSaved,
}: {
  member: Member;
  onClose: () => void;
  onSaved: () => void;
}) {
  const save = useSetMemberTags(member.id);
  const [draft, setDraft] = useState(member.tags.join(', '));
  const [sent, setSent] = useState<string[]>([]);
  const fieldError = tagsError(save.error, sent);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const tags = parseTags(draft);
    setSent(tags);
    save.mutate(tags, { onSuccess: onSaved });
  }

  return (
    <form className="form member-tags-form" onSubmit={onSubmit} noValidate aria-label="Edit tags">
      {fieldError ? null : <FormError error={save.error} />}
      <TextField
        label="Tags"
        name="tags"
        hint="Separated by commas, like beta, power user. At most 20."
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        // The person asked for the form: its field takes focus.
        autoFocus
        error={fieldError}
      />
      <div className="form-actions">
        <SubmitButton pending={save.isPending}>Save</SubmitButton>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
