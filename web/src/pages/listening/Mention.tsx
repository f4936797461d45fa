// One mention as the stream, an alert's examples and the mention's own page show it. Its text is
// plain text from anywhere on the web: React escapes it, and it is never rendered as HTML.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { ListeningItem, SentimentLabel } from '../../api/listening.ts';
import { Time } from '../../components/Bits.tsx';
import { authorLabel, formatScore, INTENT_LABELS, languageName, SENTIMENT_WORDS, webUrl } from './labels.ts';

/** Longer than this (characters or lines), a mention in a list starts folded with a "More" button. */
const FOLD_CHARACTERS = 360;
const FOLD_LINES = 5;

export function itemPath(item: Pick<ListeningItem, 'id'>): string {
  return `/listening/items/${encodeURIComponent(item.id)}`;
}

export function SentimentChip({ label, score }: { label: SentimentLabel; score: number }) {
  return (
    <span className={`chip-tag chip-sentiment chip-sentiment-${label}`} data-testid="mention-sentiment">
      <span className="chip-sentiment-dot" aria-hidden="true" />
      {SENTIMENT_WORDS[label]} <span className="numeric">{formatScore(score)}</span>
    </span>
  );
}

export function IntentChip({ intent }: { intent: ListeningItem['intent'] }) {
  return (
    <span className="chip-tag chip-intent" data-testid="mention-intent">
      {INTENT_LABELS[intent]}
    </span>
  );
}

/** The chips of a mention: sentiment, intent, language (when not English) and its watch rules. */
export function MentionChips({ item }: { item: ListeningItem }) {
  return (
    <ul className="mention-chips" aria-label="About this mention">
      <li>
        <SentimentChip label={item.sentimentLabel} score={item.sentiment} />
      </li>
      <li>
        <IntentChip intent={item.intent} />
      </li>
      {item.language !== 'eng' ? (
        <li>
          <span className="chip-tag" data-testid="mention-language">
            {languageName(item.language)}
          </span>
        </li>
      ) : null}
      {item.rules.map((rule) => (
        <li key={rule.id}>
          <Link
            to={`/listening?rule=${encodeURIComponent(rule.id)}`}
            className="chip-tag chip-rule"
            data-testid="mention-rule"
            title={`Mentions matching the watch rule ${rule.name}`}
          >
            {rule.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Who said it, where, and when (the time links to the mention's page). */
export function MentionByline({ item, headingId }: { item: ListeningItem; headingId?: string }) {
  const handle = item.author.handle ? `@${item.author.handle.replace(/^@/, '')}` : null;
  return (
    <div className="mention-head">
      <p className="mention-author" id={headingId}>
        {item.author.name ? <strong>{item.author.name}</strong> : null}
        {item.author.name && handle ? ' ' : null}
        {handle ? <span className={item.author.name ? 'muted' : undefined}>{handle}</span> : null}
        {!item.author.name && !handle ? <strong>Someone</strong> : null}
      </p>
      <p className="mention-where muted">
        <span>{item.platform}</span>
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, from </span>
        <span>{item.source.name}</span>
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        <Time iso={item.publishedAt} relative />
      </p>
    </div>
  );
}

/** The links under a mention: its page, the inbox conversation it became, the original. */
export function MentionLinks({ item, details = true }: { item: ListeningItem; details?: boolean }) {
  const original = webUrl(item.url);
  const who = authorLabel(item.author);
  return (
    <p className="mention-links">
      {details ? (
        <Link
          to={itemPath(item)}
          aria-label={`Details of the mention by ${who}`}
          data-testid="mention-details"
        >
          Details
        </Link>
      ) : null}
      {item.conversationId ? (
        <Link
          to={`/inbox/c/${encodeURIComponent(item.conversationId)}`}
          className="mention-inbox"
          data-testid="mention-inbox-link"
        >
          In inbox
        </Link>
      ) : null}
      {original ? (
        <a href={original} target="_blank" rel="noopener noreferrer" data-testid="mention-original">
          Original<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : null}
    </p>
  );
}

/** The text, folded to a few lines when long, with a button to read it all. */
export function MentionText({ text, fold = true }: { text: string; fold?: boolean }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const long = fold && (text.length > FOLD_CHARACTERS || text.split('\n').length > FOLD_LINES);
  return (
    <>
      <p
        id={id}
        className={long && !open ? 'mention-text mention-text-folded' : 'mention-text'}
        data-testid="mention-text"
      >
        {text}
      </p>
      {long ? (
        <button
          type="button"
          className="mention-more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'Less' : 'More'}
        </button>
      ) : null}
    </>
  );
}

/** A mention in a list: byline, title, folded text, chips and links. */
export function MentionCard({ item }: { item: ListeningItem }) {
  const headingId = useId();
  return (
    <article
      className="card mention"
      aria-labelledby={headingId}
      data-testid="mention"
      data-item-id={item.id}
      data-sentiment={item.sentimentLabel}
      data-intent={item.intent}
      data-routed={item.conversationId ? 'yes' : 'no'}
    >
      <MentionByline item={item} headingId={headingId} />
      {item.title ? <h3 className="mention-title">{item.title}</h3> : null}
      <MentionText text={item.text} />
      <MentionChips item={item} />
      <MentionLinks item={item} />
    </article>
  );
}
