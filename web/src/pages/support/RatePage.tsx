import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useRate, useRatingRequest } from '../../api/support.ts';
import { FormError, Loading, Notice, QueryError } from '../../components/Feedback.tsx';
import { RadioGroup, TextAreaField } from '../../components/Field.tsx';
import { AuthCard } from '../auth/AuthLayout.tsx';

type Score = '1' | '2' | '3' | '4' | '5';

const SCORES: readonly { value: Score; label: string }[] = [
  { value: '5', label: '5 – Excellent' },
  { value: '4', label: '4 – Good' },
  { value: '3', label: '3 – Okay' },
  { value: '2', label: '2 – Poor' },
  { value: '1', label: '1 – Very poor' },
];

function Thanks({ rating, already }: { rating: number | null; already: boolean }) {
  return (
    <Notice tone="success" testId="rating-thanks">
      <p>
        {already
          ? 'This conversation was already rated. Thank you!'
          : `Thank you! You rated the help ${String(rating)} out of 5.`}
      </p>
      <p>Your answer goes straight to the team: it is how we learn what to keep and what to fix.</p>
    </Notice>
  );
}

/**
 * Where the rating link leads (/rate/:token). It works signed out: the link's token is the
 * credential, so a member can answer from any device in one step.
 */
export function RatePage() {
  const { token = '' } = useParams();
  const request = useRatingRequest(token);
  const rate = useRate(token);
  const [score, setScore] = useState<Score | ''>('');
  const [comment, setComment] = useState('');
  const [missingScore, setMissingScore] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!score) {
      setMissingScore(true);
      return;
    }
    setMissingScore(false);
    rate.mutate({ rating: Number(score), ...(comment.trim() ? { comment: comment.trim() } : {}) });
  }

  const invalid = isApiError(request.error) && (request.error.status === 404 || request.error.status === 400);
  const already = isApiError(rate.error, 'CSAT_ALREADY_ANSWERED');
  const answered = request.data?.rating ?? null;
  return (
    <AuthCard title="Rate the help you got">
      {request.isPending ? <Loading /> : null}
      {invalid ? (
        <Notice tone="error" testId="rating-invalid">
          <p>This rating link is not valid: it may be incomplete, mistyped or no longer in use.</p>
          <p>Open it again from the email or the notification that brought you here.</p>
        </Notice>
      ) : null}
      {request.isError && !invalid ? (
        <QueryError error={request.error} onRetry={() => void request.refetch()} />
      ) : null}
      <div role="status">
        {answered !== null || already ? <Thanks rating={answered} already={already} /> : null}
      </div>
      {request.data && answered === null && !already ? (
        <form className="form" onSubmit={onSubmit} noValidate data-testid="rating-form">
          <p>
            How did we do with <strong>“{request.data.subject}”</strong>?
          </p>
          <RadioGroup
            legend="Your rating"
            name="rating"
            value={score}
            options={SCORES}
            onChange={setScore}
            error={missingScore ? 'Choose a rating from 1 to 5.' : undefined}
          />
          <TextAreaField
            label="Anything to add?"
            hint="Optional. What helped, or what we should do better."
            rows={4}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <FormError error={rate.error} knownFields={['rating', 'comment']} />
          <button
            type="submit"
            className="button button-primary button-block"
            disabled={rate.isPending}
            aria-busy={rate.isPending || undefined}
          >
            Send my rating
          </button>
        </form>
      ) : null}
      <ul className="auth-links">
        <li>
          <Link to="/support">When will we answer?</Link>
        </li>
        <li>
          <Link to="/community">Go to the Community</Link>
        </li>
      </ul>
    </AuthCard>
  );
}
