import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../../api/client.ts';
import { useMessageMember } from '../../../api/members-outreach.ts';
import type { MemberMessage, MessageChannel, MessageKind } from '../../../api/members-outreach.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { fieldError, FormError, useClientChecks } from '../../../components/Feedback.tsx';
import { RadioGroup, TextAreaField, TextField } from '../../../components/Field.tsx';
import { DialogActions } from '../../../components/FormActions.tsx';
import { messageTemplate } from './templates.ts';

const SUBJECT_MAX = 200;
const BODY_MAX = 5_000;

const CHANNELS = [
  {
    value: 'dm' as const,
    label: 'Direct message',
    description: 'In their messages in the community (they need an account).',
  },
  { value: 'email' as const, label: 'Email', description: 'To the email address Hearth knows for them.' },
];

export interface MessageMemberDialogProps {
  member: { id: string; name: string };
  /** A greeting takes a newcomer out of the welcome queue; outreach thanks or invites anyone. */
  kind: MessageKind;
  /** What they did first, for the greeting to mention. */
  firstDid?: string | null;
  /** Once sent (the dialog is gone by then). */
  onSent: (message: MemberMessage) => void;
  /** Someone on staff greeted them while this dialog was open (the dialog is gone by then). */
  onAlreadyGreeted?: () => void;
  onClose: () => void;
  /** Where focus goes on close when the opener is gone (its row left the list). */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/** Greets a newcomer or reaches out to a member: a channel, a subject and a message from a template. */
export function MessageMemberDialog({
  member,
  kind,
  firstDid = null,
  onSent,
  onAlreadyGreeted,
  onClose,
  fallbackFocus,
}: MessageMemberDialogProps) {
  const me = useCurrentUser();
  const send = useMessageMember(member.id);
  const { errors, passes } = useClientChecks(send);
  const [template] = useState(() => messageTemplate(kind, me.name, firstDid));
  const [channel, setChannel] = useState<MessageChannel>('dm');
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const radioName = useId();
  const title = kind === 'greeting' ? `Greet ${member.name}` : `Reach out to ${member.name}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const found: Record<string, string> = {};
    if (!subject.trim()) found.subject = 'Write a subject.';
    if (!body.trim()) found.body = 'Write the message.';
    if (!passes(event, found)) return;
    send.mutate(
      { kind, channel, subject: subject.trim(), body: body.trim() },
      {
        onSuccess: (message) => {
          onClose();
          onSent(message);
        },
        onError: (error) => {
          if (!isApiError(error, 'MEMBER_ALREADY_GREETED')) return;
          onClose();
          onAlreadyGreeted?.();
        },
      },
    );
  }

  return (
    <Dialog
      title={title}
      description={
        <p>
          Write as you would to them alone. <code>{'{name}'}</code> becomes their first name.
        </p>
      }
      onClose={onClose}
      testId="message-member-dialog"
      fallbackFocus={fallbackFocus}
    >
      <form className="form" onSubmit={onSubmit} noValidate aria-label={title}>
        <FormError error={send.error} knownFields={['subject', 'body', 'channel']} />
        <RadioGroup
          legend="Send as"
          name={radioName}
          value={channel}
          options={CHANNELS}
          onChange={setChannel}
          disabled={send.isPending}
          error={fieldError(send.error, 'channel')}
        />
        <TextField
          label="Subject"
          name="subject"
          maxLength={SUBJECT_MAX}
          autoComplete="off"
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
          readOnly={send.isPending}
          error={fieldError(send.error, 'subject', errors.subject)}
        />
        <TextAreaField
          label="Message"
          name="body"
          rows={10}
          maxLength={BODY_MAX}
          hint="Plain text or Markdown; {name} becomes their first name."
          value={body}
          onChange={(event) => setBody(event.target.value)}
          readOnly={send.isPending}
          error={fieldError(send.error, 'body', errors.body)}
          data-autofocus
        />
        <DialogActions pending={send.isPending} onCancel={onClose}>
          {kind === 'greeting' ? 'Send greeting' : 'Send message'}
        </DialogActions>
      </form>
    </Dialog>
  );
}
