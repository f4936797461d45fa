import { useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/client.ts';
import {
  OUTREACH_LIMIT,
  outreachKeys,
  useMarkAnswered,
  useOutreach,
} from '../../../api/listening-outreach.ts';
import type {
  Outreach,
  OutreachStatus,
  OutreachVia,
  ReachedOut,
  WaitingPerson,
} from '../../../api/listening-outreach.ts';
import { useLiveEvent } from '../../../app/live.tsx';
import { PageHeader } from '../../../components/Bits.tsx';
import { errorMessage, LiveMessage, Loading, QueryError } from '../../../components/Feedback.tsx';
import {
  conversationPath,
  outreachStatusPath,
  readOutreachStatus,
  STATUS_TABS,
  threadPath,
} from './labels.ts';
import { OutreachList } from './OutreachList.tsx';
import { WaitingList } from './WaitingList.tsx';

/** Live events come in bursts (an import stores many batches): look at the queue again at most this often. */
const QUEUE_DELAY_MS = 1_000;

interface PageNotice {
  /** The tab it was said on: another tab does not show it. */
  status: OutreachStatus;
  tone: 'success' | 'warning';
  content: ReactNode;
}

/**
 * Listening › Outreach: people who mentioned a problem and were not contacted (waiting), the
 * outreach waiting for their answer (contacted), and the answered one; the tab is in the address.
 */
export function OutreachPage() {
  const [params] = useSearchParams();
  const status = readOutreachStatus(params.get('status'));
  const waiting = useOutreach('waiting');
  const list = useOutreach(status);
  const [notice, setNotice] = useState<PageNotice | null>(null);
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useQueueRefresh();

  // The list changed under the focus (a card or row left it): focus goes to its heading, not nowhere.
  const focusHeading = () => window.requestAnimationFrame(() => heading.current?.focus());

  function onReached(person: WaitingPerson, name: string, via: OutreachVia, result: ReachedOut) {
    setNotice({ status: 'waiting', tone: 'success', content: reachedMessage(person, name, via, result) });
    focusHeading();
  }

  function onReachFailed(_person: WaitingPerson, name: string, error: unknown) {
    const gone = isApiError(error, 'OUTREACH_ALREADY')
      ? `Someone already reached out to ${name} in the meantime: the queue has been refreshed.`
      : isApiError(error, 'MENTION_NOT_FOUND')
        ? `The mention by ${name} is gone (deleted, or its source removed): the queue has been refreshed.`
        : null;
    if (gone) {
      setNotice({
        status: 'waiting',
        tone: 'warning',
        content: (
          <>
            {gone} <Link to={outreachStatusPath('contacted')}>See who was contacted</Link>.
          </>
        ),
      });
      focusHeading();
    }
  }

  const markAnswered = useMarkAnswered({
    onSuccess: () => focusHeading(),
    onError: (error, row) => setFailed({ id: row.id, message: errorMessage(error) }),
  });

  function onMarkAnswered(row: Outreach, name: string) {
    setFailed(null);
    setNotice(null);
    markAnswered.mutate(row, {
      onSuccess: () =>
        setNotice({
          status: 'contacted',
          tone: 'success',
          content: (
            <>
              {name} answered: it is under <Link to={outreachStatusPath('answered')}>Answered</Link> now.
            </>
          ),
        }),
    });
  }

  const shown = notice?.status === status ? notice : null;
  return (
    <section data-testid="listening-outreach-page" data-status={status}>
      <PageHeader
        title="Outreach"
        documentTitle="Outreach · Listening"
        description="People who mentioned a problem with what you watch in the last 30 days, whose mention did not reach the inbox. Reach out first, by email, direct message or where they said it, and follow until they answer."
      />
      <StatusTabs
        status={status}
        waitingCount={waiting.data?.waiting.length}
        currentCount={status === 'waiting' ? undefined : list.data?.outreach.length}
      />
      {shown?.tone === 'warning' ? (
        <div className="alert alert-warning" role="alert" data-testid="outreach-warning">
          <p>{shown.content}</p>
        </div>
      ) : null}
      <LiveMessage className="page-status">
        {shown?.tone === 'success' ? <span data-testid="outreach-status">{shown.content}</span> : null}
      </LiveMessage>
      {status === 'waiting' ? (
        <section className="section" aria-labelledby="outreach-waiting-title" data-testid="outreach-waiting">
          <h2 id="outreach-waiting-title" tabIndex={-1} ref={heading}>
            Waiting to be contacted
          </h2>
          <QueryState query={list} loading="Loading the people waiting…">
            {(page) =>
              page.waiting.length === 0 ? (
                <div className="empty-state" data-testid="outreach-waiting-empty">
                  <p className="empty-state-what">Nobody is waiting for you to reach out.</p>
                  <p className="empty-state-status">
                    People appear here when they mention a problem (a complaint, a bug, or something negative
                    about what you watch) that did not go to the inbox, until someone contacts them.
                  </p>
                </div>
              ) : (
                <>
                  <LimitNote
                    count={page.waiting.length}
                    what="people who mentioned a problem most recently"
                  />
                  <WaitingList people={page.waiting} onReached={onReached} onFailed={onReachFailed} />
                </>
              )
            }
          </QueryState>
        </section>
      ) : (
        <OutreachSection
          status={status}
          query={list}
          heading={heading}
          pendingId={markAnswered.isPending ? (markAnswered.variables.id ?? null) : null}
          failed={failed}
          onMarkAnswered={onMarkAnswered}
        />
      )}
    </section>
  );
}

function reachedMessage(person: WaitingPerson, name: string, via: OutreachVia, result: ReachedOut) {
  const contacted = <Link to={outreachStatusPath('contacted')}>Contacted</Link>;
  if (via === 'email')
    return (
      <>
        Emailed {name} from the support address: their answer comes back to the inbox.{' '}
        {result.outreach?.conversationId ? (
          <Link to={conversationPath(result.outreach.conversationId)} data-testid="outreach-status-link">
            Open the conversation
          </Link>
        ) : (
          <>Follow it under {contacted}</>
        )}
        .
      </>
    );
  if (via === 'dm')
    return (
      <>
        Sent {name} a direct message.{' '}
        {result.outreach?.threadId ? (
          <Link to={threadPath(result.outreach.threadId)} data-testid="outreach-status-link">
            Open the thread
          </Link>
        ) : (
          <>Follow it under {contacted}</>
        )}
        .
      </>
    );
  return (
    <>
      Recorded what you said to {name} on {person.item.platform}. When they answer there, mark it answered
      under {contacted}.
    </>
  );
}

function StatusTabs({
  status,
  waitingCount,
  currentCount,
}: {
  status: OutreachStatus;
  waitingCount: number | undefined;
  currentCount: number | undefined;
}) {
  return (
    <nav className="outreach-tabs" aria-label="Outreach">
      <ul>
        {STATUS_TABS.map((tab) => {
          const count =
            tab.status === 'waiting' ? waitingCount : tab.status === status ? currentCount : undefined;
          return (
            <li key={tab.status}>
              <Link
                to={outreachStatusPath(tab.status)}
                className="outreach-tab"
                aria-current={tab.status === status ? 'page' : undefined}
                data-testid={`outreach-tab-${tab.status}`}
              >
                {tab.label}
                {count === undefined ? null : (
                  <span className="outreach-tab-count" data-testid="outreach-tab-count" data-count={count}>
                    <span className="visually-hidden">: </span>
                    {count >= OUTREACH_LIMIT ? `${OUTREACH_LIMIT}+` : count}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function OutreachSection({
  status,
  query,
  heading,
  pendingId,
  failed,
  onMarkAnswered,
}: {
  status: 'contacted' | 'answered';
  query: ReturnType<typeof useOutreach>;
  heading: RefObject<HTMLHeadingElement | null>;
  pendingId: string | null;
  failed: { id: string; message: string } | null;
  onMarkAnswered: (row: Outreach, name: string) => void;
}) {
  const contacted = status === 'contacted';
  const titleId = `outreach-${status}-title`;
  return (
    <section className="section" aria-labelledby={titleId} data-testid={`outreach-${status}`}>
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {contacted ? 'Waiting for their answer' : 'Answered'}
      </h2>
      <p className="section-intro">
        {contacted
          ? 'Hearth notices answers by email and direct message by itself; mark outreach on other platforms answered when you see the reply.'
          : 'People who answered after someone reached out, newest contact first.'}
      </p>
      <QueryState query={query} loading={contacted ? 'Loading outreach…' : 'Loading answered outreach…'}>
        {(page) =>
          page.outreach.length === 0 ? (
            <div className="empty-state" data-testid={`outreach-${status}-empty`}>
              <p className="empty-state-what">
                {contacted ? 'Nobody is waiting for an answer.' : 'Nobody has answered yet.'}
              </p>
              <p className="empty-state-status">
                {contacted ? (
                  <>
                    When someone reaches out to a person in the{' '}
                    <Link to={outreachStatusPath('waiting')}>queue</Link>, it is followed here until they
                    answer.
                  </>
                ) : (
                  'Outreach moves here when the person answers: by email, in the direct message, or marked by hand.'
                )}
              </p>
            </div>
          ) : (
            <>
              <LimitNote count={page.outreach.length} what="most recent" />
              <OutreachList
                rows={page.outreach}
                pendingId={pendingId}
                failed={failed}
                onMarkAnswered={onMarkAnswered}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** Loading, a load error, or the page (kept on screen while it is refreshed). */
function QueryState({
  query,
  loading,
  children,
}: {
  query: ReturnType<typeof useOutreach>;
  loading: string;
  children: (page: NonNullable<ReturnType<typeof useOutreach>['data']>) => ReactNode;
}) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.isError && !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  return (
    <div aria-busy={query.isFetching || undefined}>
      {query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null}
      {children(query.data)}
    </div>
  );
}

function LimitNote({ count, what }: { count: number; what: string }) {
  if (count < OUTREACH_LIMIT) return null;
  return (
    <p className="settings-list-note" data-testid="outreach-limit">
      Showing the {OUTREACH_LIMIT} {what}.
    </p>
  );
}

/** New mentions, or mentions gone to the inbox, change who waits: the queue is asked again (at most once a second). */
function useQueueRefresh(): void {
  const client = useQueryClient();
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  const later = () => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void client.invalidateQueries({ queryKey: outreachKeys.status('waiting') });
    }, QUEUE_DELAY_MS);
  };
  useLiveEvent('listening.items', later);
  useLiveEvent('listening.routed', later);
}
