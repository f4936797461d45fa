// What happened in a crisis room, newest first, in sentences; and adding a note to it.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { useAddCrisisNote } from '../../../api/listening-crises.ts';
import type { Crisis, CrisisEvent } from '../../../api/listening-crises.ts';
import type { Me } from '../../../api/types.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { Time } from '../../../components/Bits.tsx';
import { TextAreaField } from '../../../components/Field.tsx';
import { fieldError, useClientChecks } from '../../../components/Feedback.tsx';
import { alertPagePath, statementNumbers, threadPath } from './labels.ts';
import { RoomError } from './RoomError.tsx';

const NOTE_MAX = 5_000;

export function Timeline({
  crisis,
  readOnly,
  report,
}: {
  crisis: Crisis;
  readOnly: boolean;
  report: (text: string) => void;
}) {
  const me = useCurrentUser();
  const numbers = statementNumbers(crisis.statements);
  const names = new Map(crisis.onDeck.map((member) => [member.userId, member.name]));
  // Append-only, oldest first: the position is a stable key. Shown newest first.
  const events = crisis.timeline.map((event, index) => ({ event, index })).reverse();
  return (
    <section
      className="card crisis-panel"
      aria-labelledby="crisis-timeline-title"
      data-testid="crisis-timeline"
    >
      <h2 id="crisis-timeline-title" className="crisis-panel-title">
        Timeline
      </h2>
      {readOnly ? null : <NoteForm crisis={crisis} report={report} />}
      <ol className="crisis-timeline" aria-label="What happened, newest first">
        {events.map(({ event, index }) => (
          <li
            key={index}
            className={`crisis-event crisis-event-${event.kind}`}
            data-testid="crisis-timeline-event"
            data-kind={event.kind}
          >
            <p className="crisis-event-line">
              {describe(event, { me, numbers, names })}{' '}
              <span className="muted crisis-event-time">
                <Time iso={event.at} relative />
              </span>
            </p>
            <EventText event={event} />
          </li>
        ))}
      </ol>
    </section>
  );
}

interface Context {
  me: Pick<Me, 'id'>;
  /** Statement id → its number in the room. */
  numbers: ReadonlyMap<string, number>;
  /** On-deck user id → name. */
  names: ReadonlyMap<string, string>;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The sentence for one event: "Priya Shah put Sam Lee on deck." */
function describe(event: CrisisEvent, { me, numbers, names }: Context): ReactNode {
  const who = event.actor ? (event.actor.id === me.id ? 'You' : event.actor.name) : 'Someone';
  const statementId = text(event.data.statementId);
  const number = statementId ? numbers.get(statementId) : undefined;
  const statement = number ? `statement ${number}` : 'a statement';
  switch (event.kind) {
    case 'opened': {
      const alertId = text(event.data.alertId);
      return alertId ? (
        <>
          {who} opened the room from <Link to={alertPagePath(alertId)}>a spike alert</Link>.
        </>
      ) : (
        `${who} opened the room.`
      );
    }
    case 'joined': {
      const userId = text(event.data.userId);
      if (!userId || userId === event.actor?.id) return `${who} joined the room.`;
      const whom = userId === me.id ? 'you' : (names.get(userId) ?? 'a colleague');
      return `${who} put ${whom} on deck.`;
    }
    case 'note':
      return `${who} added a note:`;
    case 'statement_drafted':
      return `${who} drafted ${statement}.`;
    case 'statement_edited':
      return `${who} edited ${statement}; it is a draft until a manager approves it.`;
    case 'statement_approved':
      return `${who} approved ${statement}.`;
    case 'statement_published': {
      const threadId = text(event.data.threadId);
      return (
        <>
          {who} published {statement}
          {threadId ? (
            <>
              {' '}
              as <Link to={threadPath(threadId)}>an announcement</Link>
            </>
          ) : (
            ' as an announcement'
          )}
          {text(event.data.savedReplyId) ? ', and as a saved reply for agents' : ''}.
        </>
      );
    }
    case 'closed':
      return `${who} closed the room. Outcome:`;
    default:
      return `${who}: ${event.kind.replace(/_/g, ' ')}.`;
  }
}

/** Notes and the outcome, in full. */
function EventText({ event }: { event: CrisisEvent }) {
  const body =
    event.kind === 'note' ? text(event.data.text) : event.kind === 'closed' ? text(event.data.outcome) : null;
  if (!body) return null;
  return <p className="crisis-event-text crisis-prose">{body}</p>;
}

function NoteForm({ crisis, report }: { crisis: Crisis; report: (text: string) => void }) {
  const note = useAddCrisisNote(crisis.id);
  const { errors, passes } = useClientChecks(note);
  const [draft, setDraft] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (draft.trim() === '') found.text = 'Write the note first.';
    else if (draft.trim().length > NOTE_MAX) found.text = `At most ${NOTE_MAX.toLocaleString()} characters.`;
    if (!passes(event, found)) return;
    note.mutate(
      { text: draft.trim(), version: crisis.version },
      {
        onSuccess: () => {
          setDraft('');
          report('Note added to the timeline.');
        },
      },
    );
  }

  return (
    <form className="form crisis-inline-form" onSubmit={onSubmit} noValidate data-testid="crisis-note-form">
      <RoomError error={note.error} knownFields={['text']} />
      <TextAreaField
        label="Note"
        name="text"
        rows={3}
        maxLength={NOTE_MAX}
        hint="What you found, did or decided: everyone in the room sees it at once."
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        error={fieldError(note.error, 'text', errors.text)}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button"
          disabled={note.isPending}
          aria-busy={note.isPending || undefined}
        >
          Add note
        </button>
      </div>
    </form>
  );
}
