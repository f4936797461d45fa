import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client.ts';
import { inboxKeys, useSavedReplies } from '../../api/inbox.ts';
import { fillSavedReply, useReply } from '../../api/inbox-conversation.ts';
import type { ConversationDetail, StatusAfterReply } from '../../api/inbox-types.ts';
import type { Me } from '../../api/types.ts';
import { FormError, LiveMessage } from '../../components/Feedback.tsx';
import { SelectField } from '../../components/Field.tsx';
import { CollisionNotice, newestReplyByOthers, type Collision } from './CollisionNotice.tsx';
import { SavedReplyPicker } from './SavedReplyPicker.tsx';
import type { Presence } from './usePresence.ts';

const THEN_LABELS: Record<StatusAfterReply, string> = {
  pending: 'Pending: waiting for the member',
  open: 'Open: still ours to answer',
  resolved: 'Resolved',
};

interface ReplyBoxProps {
  conversation: ConversationDetail;
  me: Me;
  presence: Pick<Presence, 'typed' | 'stoppedTyping'>;
}

/** The answer to the member, sent into the conversation's own channel. */
export function ReplyBox({ conversation, me, presence }: ReplyBoxProps) {
  const reply = useReply(conversation.id);
  const client = useQueryClient();
  const replies = useSavedReplies();
  const [text, setText] = useState('');
  const [then, setThen] = useState<StatusAfterReply>('pending');
  const [collision, setCollision] = useState<Collision | null>(null);
  const [missingText, setMissingText] = useState(false);
  const [fillError, setFillError] = useState<unknown>(null);
  const [sent, setSent] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  // The newest message on screen: a colleague's reply after it makes the server ask first.
  const lastSeen = conversation.messages.at(-1)?.id ?? null;

  async function explainCollision() {
    const key = inboxKeys.conversation(conversation.id);
    await client.invalidateQueries({ queryKey: key });
    const fresh = client.getQueryData<ConversationDetail>(key);
    setCollision(newestReplyByOthers(fresh ?? conversation, me.id));
  }

  function send(confirm: boolean) {
    if (!text.trim()) {
      setMissingText(true);
      textarea.current?.focus();
      return;
    }
    setMissingText(false);
    setSent('');
    reply.mutate(
      { markdown: text, lastSeenMessageId: lastSeen, confirm, then },
      {
        onSuccess: ({ conversation: saved }) => {
          setText('');
          setCollision(null);
          presence.stoppedTyping();
          setSent(`Reply sent. The conversation is now ${saved.status}.`);
        },
        onError: (error) => {
          if (isApiError(error, 'REPLY_COLLISION')) void explainCollision();
        },
      },
    );
  }

  async function insertSavedReply(replyId: string) {
    setFillError(null);
    try {
      const filled = await fillSavedReply(conversation.id, replyId);
      setText((current) => (current.trim() ? `${current.trimEnd()}\n\n${filled}` : filled));
      textarea.current?.focus();
    } catch (error) {
      setFillError(error);
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(false);
  };

  return (
    <form className="form inbox-reply" onSubmit={onSubmit} noValidate data-testid="reply-box">
      <SavedReplyPicker replies={replies} onPick={(replyId) => void insertSavedReply(replyId)} />
      <FormError error={fillError} />
      <div className="field">
        <label className="field-label" htmlFor={id}>
          Reply to {conversation.contact.name ?? conversation.contact.address ?? 'the member'}
        </label>
        <textarea
          ref={textarea}
          id={id}
          className="input textarea reply-text"
          rows={6}
          value={text}
          aria-invalid={missingText || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            presence.typed();
          }}
          onBlur={presence.stoppedTyping}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              send(false);
            }
          }}
        />
        <p className="field-hint" id={`${id}-hint`}>
          Markdown works. Ctrl+Enter sends.
        </p>
        {missingText ? <p className="field-error">Write a reply first.</p> : null}
      </div>
      <div className="reply-actions">
        <SelectField
          label="Then set the status to"
          className="select-compact"
          value={then}
          onChange={(event) => setThen(event.target.value as StatusAfterReply)}
        >
          {(Object.keys(THEN_LABELS) as StatusAfterReply[]).map((status) => (
            <option key={status} value={status}>
              {THEN_LABELS[status]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-primary" disabled={reply.isPending}>
          Send reply
        </button>
      </div>
      {collision ? (
        <CollisionNotice
          collision={collision}
          pending={reply.isPending}
          onSendAnyway={() => send(true)}
          onCancel={() => {
            setCollision(null);
            reply.reset();
          }}
        />
      ) : isApiError(reply.error, 'REPLY_COLLISION') ? null : (
        <FormError error={reply.error} knownFields={['markdown']} />
      )}
      <LiveMessage className="form-status">{sent}</LiveMessage>
    </form>
  );
}
