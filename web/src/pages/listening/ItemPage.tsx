import { Link, useParams } from 'react-router';
import { useListeningItem } from '../../api/listening.ts';
import type { ListeningItem } from '../../api/listening.ts';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { PageLoadError } from '../../app/StatusPages.tsx';
import { Loading } from '../../components/Feedback.tsx';
import { CaptureIdeaButton } from '../../components/ideas/CaptureIdeaDialog.tsx';
import {
  authorLabel,
  barWidthClass,
  formatScore,
  INTENT_LABELS,
  languageName,
  SENTIMENT_WORDS,
} from './labels.ts';
import { MentionByline, MentionChips, MentionLinks, MentionText } from './Mention.tsx';

/** Listening › one mention: all of it, and why it was scored, classified and routed as it was. */
export function ItemPage() {
  const { id = '' } = useParams();
  const item = useListeningItem(id);

  if (item.isPending) return <Loading label="Loading the mention…" />;
  if (item.isError) {
    return (
      <PageLoadError
        error={item.error}
        onRetry={() => void item.refetch()}
        title="No such mention"
        documentTitle="Mention · Listening"
        testId="listening-item-missing"
        why="It may have been removed, or the link is incomplete."
        back={<Link to="/listening">Back to the stream</Link>}
      />
    );
  }
  return <ItemView item={item.data} />;
}

function ItemView({ item }: { item: ListeningItem }) {
  const who = authorLabel(item.author);
  const title = item.title ?? `Mention by ${who}`;
  return (
    <section data-testid="listening-item-page" data-item-id={item.id} className="item-page">
      <p className="breadcrumbs">
        <Link to="/listening">Stream</Link> <span aria-hidden="true">›</span> Mention
      </p>
      <PageHeader title={title} documentTitle={`${title} · Listening`} />
      <CaptureIdeaButton source={{ kind: 'mention', id: item.id }} />
      <div className="item-layout">
        <article className="card mention mention-full" aria-label={`Mention by ${who}`} data-testid="mention">
          <MentionByline item={item} />
          <MentionText text={item.text} fold={false} />
          <MentionChips item={item} />
          <MentionLinks item={item} details={false} />
          <dl className="settings-facts item-facts">
            <div>
              <dt>Published</dt>
              <dd>
                <Time iso={item.publishedAt} />
              </dd>
            </div>
            <div>
              <dt>Received</dt>
              <dd>
                <Time iso={item.receivedAt} />
              </dd>
            </div>
            <div>
              <dt>Source</dt>
              <dd>
                {item.source.name} <span className="muted">({item.platform})</span>
              </dd>
            </div>
            <div>
              <dt>Language</dt>
              <dd>{languageName(item.language)}</dd>
            </div>
          </dl>
        </article>
        <WhyPanel item={item} />
      </div>
    </section>
  );
}

/** Why Hearth read the mention as it did: the words behind its sentiment, the intent's cue, the routing. */
function WhyPanel({ item }: { item: ListeningItem }) {
  const { why } = item;
  return (
    <aside className="card why-panel" aria-labelledby="why-title" data-testid="mention-why">
      <h2 id="why-title">Why Hearth read it this way</h2>
      <section aria-labelledby="why-sentiment" data-testid="why-sentiment">
        <h3 id="why-sentiment">
          Sentiment: {SENTIMENT_WORDS[item.sentimentLabel]}{' '}
          <span className="numeric">{formatScore(item.sentiment)}</span>
        </h3>
        <DriverList drivers={why.sentimentDrivers} />
      </section>
      <section aria-labelledby="why-intent" data-testid="why-intent">
        <h3 id="why-intent">Intent: {INTENT_LABELS[item.intent]}</h3>
        <p>
          {why.intentCue ? (
            <>
              Cue: <q className="why-cue">{why.intentCue}</q>
            </>
          ) : (
            'No particular words decided it.'
          )}
        </p>
      </section>
      <section aria-labelledby="why-routing" data-testid="why-routing">
        <h3 id="why-routing">Inbox</h3>
        <p>
          {why.routedBecause ??
            why.heldBack ??
            (item.conversationId
              ? 'It is in the inbox.'
              : 'Stayed in the stream: no watch rule sends it to the inbox.')}
        </p>
        {item.conversationId ? (
          <p>
            <Link to={`/inbox/c/${encodeURIComponent(item.conversationId)}`}>Open the conversation</Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="why-phrases" data-testid="why-phrases">
        <h3 id="why-phrases">Key phrases</h3>
        {item.keyPhrases.length > 0 ? (
          <ul className="chip-list key-phrases">
            {item.keyPhrases.map((phrase) => (
              <li key={phrase} className="chip-tag">
                {phrase}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None found.</p>
        )}
      </section>
    </aside>
  );
}

/** The drivers by word: a word used several times counts once, with its weights added up. */
function byWord(drivers: ListeningItem['why']['sentimentDrivers']) {
  const words = new Map<string, { word: string; weight: number; times: number }>();
  for (const driver of drivers) {
    const key = driver.word.toLowerCase();
    const entry = words.get(key);
    if (entry) {
      entry.weight += driver.weight;
      entry.times += 1;
    } else words.set(key, { word: driver.word, weight: driver.weight, times: 1 });
  }
  return [...words.values()].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

/** The words that moved the score, as bars: positive ones one colour, negative ones another. */
function DriverList({ drivers }: { drivers: ListeningItem['why']['sentimentDrivers'] }) {
  const words = byWord(drivers);
  if (words.length === 0)
    return <p className="muted">No words with a clear sentiment: the score is close to neutral.</p>;
  const largest = Math.max(...words.map((driver) => Math.abs(driver.weight)), Number.EPSILON);
  return (
    <ul className="bar-list driver-list" aria-label="Words behind the score" data-testid="sentiment-drivers">
      {words.map((driver) => {
        const tone = driver.weight > 0 ? 'positive' : driver.weight < 0 ? 'negative' : 'neutral';
        return (
          <li
            key={driver.word.toLowerCase()}
            className={`bar-row bar-row-${tone}`}
            data-testid="sentiment-driver"
            data-weight={driver.weight}
          >
            <span className="bar-label">
              {driver.word}
              {driver.times > 1 ? <span className="muted"> ×{driver.times}</span> : null}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className={`bar-fill ${barWidthClass(Math.abs(driver.weight) / largest)}`} />
            </span>
            <span className="bar-value numeric">
              {formatScore(driver.weight)}
              <span className="visually-hidden"> ({tone})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
