import { useState } from 'react';
import type { ConversationDetail } from '../../api/inbox-types.ts';
import type { Me } from '../../api/types.ts';
import type { Directory } from './colleagues.ts';
import { NoteBox } from './NoteBox.tsx';
import { ReplyBox } from './ReplyBox.tsx';
import type { Presence } from './usePresence.ts';

interface ComposerProps {
  conversation: ConversationDetail;
  me: Me;
  directory: Directory;
  presence: Presence;
}

/** Reply or internal note; both stay mounted (hidden), so switching keeps each draft. */
export function Composer({ conversation, me, directory, presence }: ComposerProps) {
  const [mode, setMode] = useState<'reply' | 'note'>(conversation.canReply ? 'reply' : 'note');
  const replying = mode === 'reply' && conversation.canReply;
  return (
    <section className="inbox-composer" aria-labelledby="composer-heading">
      <h2 id="composer-heading" className="visually-hidden">
        Answer
      </h2>
      <div className="segmented" role="group" aria-label="What to write">
        <button
          type="button"
          className="button button-small"
          aria-pressed={replying}
          disabled={!conversation.canReply}
          onClick={() => setMode('reply')}
        >
          Reply
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={!replying}
          onClick={() => setMode('note')}
        >
          Internal note
        </button>
      </div>
      {conversation.canReply ? null : (
        <p className="muted small">
          Replies cannot be sent into this channel ({conversation.channelLabel}); notes stay inside Hearth.
        </p>
      )}
      <div hidden={!replying}>
        {conversation.canReply ? <ReplyBox conversation={conversation} me={me} presence={presence} /> : null}
      </div>
      <div hidden={replying}>
        <NoteBox conversation={conversation} directory={directory} />
      </div>
    </section>
  );
}
