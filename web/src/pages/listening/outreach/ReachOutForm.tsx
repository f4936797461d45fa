// Reaching out to one person in the queue: a way (email, direct message, on the platform) and a
// message, prefilled with a friendly template naming them.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../../api/client.ts';
import { useReachOut } from '../../../api/listening-outreach.ts';
import type { OutreachVia, ReachedOut, WaitingPerson } from '../../../api/listening-outreach.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { RadioGroup, TextAreaField } from '../../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../../components/Feedback.tsx';
import { webUrl } from '../labels.ts';
import { outreachTemplate, viaDescription, viaLabel } from './labels.ts';

const MESSAGE_MAX = 10_000;

/** Errors the page tells about itself: the person leaves the queue when it is refreshed. */
const PAGE_ERRORS = ['OUTREACH_ALREADY', 'MENTION_NOT_FOUND'];

export interface ReachOutFormProps {
  person: WaitingPerson;
  name: string;
  /** Called even if this form is gone by then (the queue was refreshed meanwhile). */
  onReached: (person: WaitingPerson, name: string, via: OutreachVia, result: ReachedOut) => void;
  onFailed: (person: WaitingPerson, name: string, error: unknown) => void;
}

export function ReachOutForm({ person, name, onReached, onFailed }: ReachOutFormProps) {
  const me = useCurrentUser();
  const reach = useReachOut({
    onSuccess: (result, input) => onReached(person, name, input.via, result),
    onError: (error) => onFailed(person, name, error),
  });
  const { errors, passes } = useClientChecks(reach);
  const ways = person.ways;
  const [chosen, setChosen] = useState<OutreachVia | null>(null);
  const via = chosen && ways.includes(chosen) ? chosen : (ways[0] ?? null);
  const [message, setMessage] = useState(() => outreachTemplate(name, me.name));
  const radioName = useId();
  const platform = person.item.platform;
  const original = webUrl(person.item.url);

  if (!via)
    return (
      <p className="muted" data-testid="outreach-no-way">
        Hearth has no way to reach {name}.
      </p>
    );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reach.isPending || !via) return;
    const text = message.trim();
    const found: Record<string, string> = {};
    if (text === '') found.message = 'Write what to say.';
    else if (text.length > MESSAGE_MAX) found.message = `At most ${MESSAGE_MAX.toLocaleString()} characters.`;
    if (!passes(event, found)) return;
    reach.mutate({ itemId: person.item.id, via, message: text });
  }

  const shownError = PAGE_ERRORS.some((code) => isApiError(reach.error, code)) ? null : reach.error;
  return (
    <form className="form outreach-form" onSubmit={onSubmit} noValidate data-testid="outreach-form">
      <FormError error={shownError} knownFields={['message', 'via']} />
      <RadioGroup
        legend={`How to reach ${name}`}
        name={radioName}
        value={via}
        onChange={setChosen}
        disabled={reach.isPending}
        error={fieldError(shownError, 'via')}
        options={ways.map((way) => ({
          value: way,
          label: viaLabel(way, platform),
          description: viaDescription(way, platform),
        }))}
      />
      {via === 'platform' ? (
        <p className="outreach-platform-step" data-testid="outreach-platform-step">
          {original ? (
            <a href={original} target="_blank" rel="noopener noreferrer">
              Open their post on {platform}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span>The mention has no link: find it on {platform}.</span>
          )}{' '}
          <span className="muted">Reply there, then record what you said below.</span>
        </p>
      ) : null}
      <TextAreaField
        label="Message"
        name="message"
        rows={7}
        maxLength={MESSAGE_MAX}
        hint={
          via === 'platform'
            ? `Hearth keeps it as a note of what you said on ${platform}.`
            : 'Edit it to fit what they wrote.'
        }
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        readOnly={reach.isPending}
        error={fieldError(shownError, 'message', errors.message)}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={reach.isPending}
          aria-busy={reach.isPending || undefined}
        >
          Reach out to {name}
        </button>
        {via === 'platform' ? (
          <span className="muted small">Records it; nothing is posted by Hearth.</span>
        ) : null}
      </div>
    </form>
  );
}
