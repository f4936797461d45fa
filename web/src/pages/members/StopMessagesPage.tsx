import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useOptOut } from '../../api/members-outreach.ts';
import { FormError, Notice } from '../../components/Feedback.tsx';
import { isUuid } from '../../lib/validation.ts';
import { AuthCard } from '../auth/AuthLayout.tsx';

/**
 * Where the link in every campaign and review-request email leads (/stop-messages?m=…&t=…). It works
 * signed out: the signed link is the credential. Nothing happens until the person presses the button,
 * so mail scanners that open links stop no one's messages.
 */
export function StopMessagesPage() {
  const [params] = useSearchParams();
  const m = params.get('m') ?? '';
  const t = params.get('t') ?? '';
  const optOut = useOptOut();
  const complete = isUuid(m) && t !== '';
  const invalid = !complete || isApiError(optOut.error, 'MEMBER_OPT_OUT_LINK_INVALID');
  const done = optOut.isSuccess;

  return (
    <AuthCard
      title="Stop messages from our team"
      intro={
        <p>
          Our team sometimes emails members of the community: news for a group of members, or a request to
          review something you bought. Stop these messages, and we will not send you any more of them.
        </p>
      }
    >
      <div role="status">
        {done ? (
          <Notice tone="success" testId="stop-messages-result">
            <p>Done: you will not get these messages from our team any more.</p>
            <p>Replies to what you wrote to us, and emails about your own account, still reach you.</p>
          </Notice>
        ) : null}
      </div>
      {invalid ? (
        <Notice tone="error" testId="stop-messages-result">
          <p>
            This link is not valid: it may be incomplete. Open the link from the email again, or copy all of
            it into the address bar.
          </p>
        </Notice>
      ) : null}
      {!invalid && !done ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!optOut.isPending) optOut.mutate({ m, t });
          }}
        >
          <FormError error={optOut.error} />
          <button
            type="submit"
            className="button button-primary button-block"
            disabled={optOut.isPending}
            aria-busy={optOut.isPending || undefined}
          >
            Stop these messages
          </button>
        </form>
      ) : null}
    </AuthCard>
  );
}
