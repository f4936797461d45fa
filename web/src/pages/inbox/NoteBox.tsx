import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useAddNote } from '../../api/inbox-conversation.ts';
import type { ConversationDetail } from '../../api/inbox-types.ts';
import { FormError, LiveMessage } from '../../components/Feedback.tsx';
import { withAway } from './colleagues.ts';
import type { Colleague, Directory } from './colleagues.ts';

const MAX_SUGGESTIONS = 6;

/** The handle being typed right before the caret ("@da" gives "da"), or null outside a mention. */
function mentionBeforeCaret(text: string, caret: number): string | null {
  const match = /(^|[^\w@/])@([a-z0-9_]{0,30})$/i.exec(text.slice(0, caret));
  return match ? (match[2] ?? '').toLowerCase() : null;
}

function suggestionsFor(directory: Directory, query: string): Colleague[] {
  return directory.sorted
    .filter(
      (person) => person.handle.toLowerCase().startsWith(query) || person.name.toLowerCase().includes(query),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** A note for colleagues only: never sent to the member; @mentions notify the people named. */
export function NoteBox({
  conversation,
  directory,
}: {
  conversation: ConversationDetail;
  directory: Directory;
}) {
  const note = useAddNote(conversation.id);
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [missingText, setMissingText] = useState(false);
  const [saved, setSaved] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const query = mentionBeforeCaret(text, caret);
  const suggestions = query === null ? [] : suggestionsFor(directory, query);

  function mention(person: Colleague) {
    const before = text.slice(0, caret).replace(/@([a-z0-9_]*)$/i, `@${person.handle} `);
    setText(before + text.slice(caret));
    setCaret(before.length);
    window.requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(before.length, before.length);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      setMissingText(true);
      textarea.current?.focus();
      return;
    }
    setMissingText(false);
    setSaved('');
    note.mutate(text, {
      onSuccess: () => {
        setText('');
        setCaret(0);
        setSaved('Note added. Only colleagues see it.');
      },
    });
  }

  const trackCaret = () => setCaret(textarea.current?.selectionStart ?? 0);
  return (
    <form className="form note-box" onSubmit={onSubmit} noValidate data-testid="note-box">
      <div className="field">
        <label className="field-label" htmlFor={id}>
          Internal note
        </label>
        <textarea
          ref={textarea}
          id={id}
          className="input textarea note-text"
          rows={4}
          value={text}
          aria-invalid={missingText || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            setCaret(event.target.selectionStart);
          }}
          onSelect={trackCaret}
          onClick={trackCaret}
        />
        <p className="field-hint" id={`${id}-hint`}>
          Not sent to the member. Type @ and a name to mention a colleague: they are notified.
        </p>
        {missingText ? <p className="field-error">Write the note first.</p> : null}
      </div>
      {suggestions.length > 0 ? (
        <ul
          className="mention-suggestions"
          aria-label="Mention a colleague"
          data-testid="mention-suggestions"
        >
          {suggestions.map((person) => (
            <li key={person.id}>
              <button type="button" className="button button-small" onClick={() => mention(person)}>
                @{person.handle} <span className="muted">{withAway(person)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={note.isPending}>
          Add note
        </button>
      </div>
      <FormError error={note.error} knownFields={['markdown']} />
      <LiveMessage className="form-status">{saved}</LiveMessage>
    </form>
  );
}
