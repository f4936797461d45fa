import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import {
  crisisKeys,
  crisisMentionScope,
  useCrisis,
  useCrisisMentionCount,
  useCrisisMentions,
} from '../../../api/listening-crises.ts';
import type { Crisis, CrisisMentionScope } from '../../../api/listening-crises.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { useLiveEvent } from '../../../app/live.tsx';
import { PageLoadError } from '../../../app/StatusPages.tsx';
import { Badge, PageHeader, Time } from '../../../components/Bits.tsx';
import { LoadMore } from '../../../components/DataTable.tsx';
import { LiveMessage, Loading, QueryError } from '../../../components/Feedback.tsx';
import { MentionCard } from '../Mention.tsx';
import { CloseForm } from './CloseForm.tsx';
import { alertPagePath, canApproveCrisis, SEVERITY, severityText } from './labels.ts';
import { OnDeck } from './OnDeck.tsx';
import { Statements } from './Statements.tsx';
import { Timeline } from './Timeline.tsx';

/** Live events come in bursts (an import stores many batches): look again at most this often. */
const MENTIONS_DELAY_MS = 800;

/** Listening › Crisis rooms › one room: its mentions, who is on deck, statements, timeline; live. */
export function CrisisRoomPage() {
  const { id = '' } = useParams();
  const crisis = useCrisis(id);
  const client = useQueryClient();

  // Someone else's note, statement, colleague or close: the room is cheap to ask again.
  useLiveEvent('listening.crisis', (data) => {
    if (data.crisisId === id) void client.invalidateQueries({ queryKey: crisisKeys.room(id) });
  });

  if (crisis.isPending) return <Loading label="Loading the crisis room…" />;
  if (crisis.isError && !crisis.data) {
    return (
      <PageLoadError
        error={crisis.error}
        onRetry={() => void crisis.refetch()}
        title="No such crisis room"
        documentTitle="Crisis room · Listening"
        testId="crisis-room-missing"
        back={<Link to="/listening/crises">Back to the crisis rooms</Link>}
      />
    );
  }
  return <CrisisRoom crisis={crisis.data} />;
}

function CrisisRoom({ crisis }: { crisis: Crisis }) {
  const me = useCurrentUser();
  const canApprove = canApproveCrisis(me.role);
  const closed = crisis.status === 'closed';
  const [message, setMessage] = useState('');
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  const scope = crisisMentionScope(crisis);

  function onClosed() {
    setMessage('The crisis room is closed; its outcome is kept with it.');
    window.requestAnimationFrame(() => outcomeHeading.current?.focus());
  }

  return (
    <section
      className="crisis-room"
      data-testid="crisis-room-page"
      data-crisis-id={crisis.id}
      data-status={crisis.status}
      data-severity={crisis.severity}
    >
      <p className="breadcrumbs">
        <Link to="/listening/crises">Crisis rooms</Link> <span aria-hidden="true">›</span> Room
      </p>
      <PageHeader
        title={crisis.title}
        documentTitle={`${crisis.title} · Crisis rooms · Listening`}
        description={
          closed
            ? 'This room is closed and read-only.'
            : 'Work it out together: mentions arrive on the left as they are stored; notes, statements and colleagues on the right appear for everyone at once.'
        }
      />
      <dl className="settings-facts card crisis-facts" data-testid="crisis-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <Badge tone={SEVERITY[crisis.severity].tone}>{severityText(crisis.severity)}</Badge>{' '}
            {closed ? <Badge>Closed</Badge> : <Badge tone="warning">Open</Badge>}
          </dd>
        </div>
        <div>
          <dt>Mentions of</dt>
          <dd>
            {crisis.rule ? (
              <Link to={`/listening?rule=${encodeURIComponent(crisis.rule.id)}`}>{crisis.rule.name}</Link>
            ) : (
              'Everything watched'
            )}
          </dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>
            <Time iso={crisis.since} />
          </dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>
            <Time iso={crisis.openedAt} relative />
            {crisis.openedBy ? `, by ${crisis.openedBy.id === me.id ? 'you' : crisis.openedBy.name}` : ''}
            {crisis.alertId ? (
              <>
                , from <Link to={alertPagePath(crisis.alertId)}>an alert</Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Related mentions</dt>
          <dd>
            <MentionCounter scope={scope} />
          </dd>
        </div>
      </dl>
      <LiveMessage className="page-status">{message}</LiveMessage>
      {closed ? <Outcome crisis={crisis} heading={outcomeHeading} /> : null}
      <div className="crisis-layout">
        <CrisisMentions scope={scope} />
        <div className="crisis-side">
          <OnDeck crisis={crisis} readOnly={closed} report={setMessage} />
          <Statements crisis={crisis} readOnly={closed} canApprove={canApprove} report={setMessage} />
          <Timeline crisis={crisis} readOnly={closed} report={setMessage} />
          {canApprove && !closed ? <CloseForm crisis={crisis} onClosed={onClosed} /> : null}
        </div>
      </div>
    </section>
  );
}

/** How a closed room ended, at the top where nobody can miss it. */
function Outcome({ crisis, heading }: { crisis: Crisis; heading: RefObject<HTMLHeadingElement | null> }) {
  return (
    <section className="crisis-outcome" aria-labelledby="crisis-outcome-title" data-testid="crisis-outcome">
      <h2 id="crisis-outcome-title" tabIndex={-1} ref={heading}>
        Outcome
      </h2>
      <p className="crisis-prose crisis-outcome-text">{crisis.outcome ?? 'No outcome was written.'}</p>
      <p className="muted">
        Closed {crisis.closedAt ? <Time iso={crisis.closedAt} /> : null}
        {crisis.closedBy ? ` by ${crisis.closedBy.name}` : ''}. The room is read-only; open a new one if it
        flares up again.
      </p>
    </section>
  );
}

/** "128 related mentions": counted again whenever mentions are stored. */
function MentionCounter({ scope }: { scope: CrisisMentionScope }) {
  const count = useCrisisMentionCount(scope);
  if (count.isPending) return <span className="muted">Counting…</span>;
  if (count.isError && !count.data) return <span className="muted">Could not be counted.</span>;
  const { count: n, more } = count.data;
  return (
    <span className="crisis-counter" data-testid="crisis-mention-count" data-count={n} data-more={more}>
      <strong className="numeric">
        {n.toLocaleString()}
        {more ? '+' : ''}
      </strong>{' '}
      {n === 1 && !more ? 'mention' : 'mentions'}
    </span>
  );
}

/** The room's mentions, newest first, refreshed as new ones are stored. */
function CrisisMentions({ scope }: { scope: CrisisMentionScope }) {
  const client = useQueryClient();
  const mentions = useCrisisMentions(scope);
  const items = mentions.data?.pages.flatMap((page) => page.items) ?? [];
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  useLiveEvent('listening.items', () => {
    if (timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void client.invalidateQueries({ queryKey: crisisKeys.mentions });
    }, MENTIONS_DELAY_MS);
  });

  return (
    <section
      className="crisis-mentions"
      aria-labelledby="crisis-mentions-title"
      data-testid="crisis-mentions"
    >
      <h2 id="crisis-mentions-title" className="crisis-column-title">
        Related mentions
      </h2>
      {mentions.isPending ? <Loading label="Loading mentions…" /> : null}
      {mentions.isError && !mentions.data ? (
        <QueryError error={mentions.error} onRetry={() => void mentions.refetch()} />
      ) : null}
      {mentions.isSuccess && items.length === 0 ? (
        <p className="empty-inline" data-testid="crisis-mentions-empty">
          No related mentions yet. They appear here as they arrive.
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <ol
            className="mention-list"
            aria-label="Related mentions, newest first"
            aria-busy={mentions.isFetching || undefined}
          >
            {items.map((item) => (
              <li key={item.id}>
                <MentionCard item={item} />
              </li>
            ))}
          </ol>
          <LoadMore query={mentions} />
        </>
      ) : null}
    </section>
  );
}
