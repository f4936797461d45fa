import type { FormEvent, RefObject } from 'react';
import { useReply } from '../../api/forum.ts';
import type { Post } from '../../api/types.ts';
import { TextAreaField } from '../Field.tsx';
import { fieldError, FormError, useClientChecks } from '../Feedback.tsx';

export interface ReplyBoxProps {
  threadId: string;
  value: string;
  onChange: (value: string) => void;
  /** The reply section; its textarea gets focus after a quote. */
  sectionRef: RefObject<HTMLElement | null>;
  onPosted: (post: Post) => void;
  /** A moderator replying in a locked or closed thread. */
  notice?: string;
}

/** The reply form under a thread; quotes land in it too. */
export function ReplyBox({ threadId, value, onChange, sectionRef, onPosted, notice }: ReplyBoxProps) {
  const reply = useReply(threadId);
  const checks = useClientChecks(reply);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checks.passes(event, value.trim() ? {} : { body: 'Write something first.' })) return;
    reply.mutate(value, {
      onSuccess: ({ post }) => {
        onChange('');
        onPosted(post);
      },
    });
  }

  return (
    <section ref={sectionRef} className="reply-box card" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Your reply</h2>
      {notice ? <p className="muted small">{notice}</p> : null}
      <form className="form" onSubmit={submit} noValidate data-testid="reply-form">
        <FormError error={reply.error} knownFields={['body']} />
        <TextAreaField
          label="Reply"
          hint="Markdown works. Mention someone with @handle."
          value={value}
          onChange={(event) => onChange(event.target.value)}
          error={fieldError(reply.error, 'body', checks.errors.body)}
          rows={6}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={reply.isPending}
            aria-busy={reply.isPending || undefined}
          >
            Post reply
          </button>
        </div>
      </form>
    </section>
  );
}
