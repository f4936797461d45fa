import { useState } from 'react';
import type { FormEvent } from 'react';
import { TextField } from '../../components/Field.tsx';

// The server's rule: words, digits, dashes and underscores, starting with a letter or digit.
const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

interface TagEditorProps {
  tags: string[];
  pending: boolean;
  onChange: (tags: string[]) => void;
}

export function TagEditor({ tags, pending, onChange }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const tag = draft.trim().replace(/^#/, '').toLowerCase();
    if (!TAG_PATTERN.test(tag) || tag.length > 40) {
      setError('Tags are one word: letters, digits, dashes and underscores.');
      return;
    }
    setError('');
    setDraft('');
    if (!tags.includes(tag)) onChange([...tags, tag]);
  }

  return (
    <div className="tag-editor">
      <p className="field-label" id="tag-editor-label">
        Tags
      </p>
      {tags.length === 0 ? <p className="muted small">No tags.</p> : null}
      <ul className="chip-list" aria-labelledby="tag-editor-label">
        {tags.map((tag) => (
          <li key={tag} className="chip" data-testid="tag">
            <span className="chip-label">#{tag}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove the tag ${tag}`}
              disabled={pending}
              onClick={() => onChange(tags.filter((other) => other !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="tag-add" onSubmit={onSubmit} noValidate>
        <TextField
          label="Add a tag"
          value={draft}
          maxLength={41}
          onChange={(event) => setDraft(event.target.value)}
          error={error || undefined}
        />
        <button type="submit" className="button button-small" disabled={pending}>
          Add
        </button>
      </form>
    </div>
  );
}
