import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { InfiniteData } from '@tanstack/react-query';
import {
  listeningKeys,
  peekStream,
  useAlerts,
  useRules,
  useSources,
  useStream,
} from '../../api/listening.ts';
import type { ListeningItem, ListeningItemPage, StreamFilters } from '../../api/listening.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { LoadMore } from '../../components/DataTable.tsx';
import { LiveMessage, Loading } from '../../components/Feedback.tsx';
import { QueueError } from '../staff/StaffAccess.tsx';
import { canConfigureListening } from './access.ts';
import { alertHeadline } from './labels.ts';
import { MentionCard } from './Mention.tsx';
import { StreamFilterBar } from './StreamFilterBar.tsx';
import type { FilterChoice } from './StreamFilterBar.tsx';
import { isNarrowed, readStreamFilters, streamSearch } from './streamFilters.ts';

/** Scrolled less than this from the top, new mentions slide in instead of waiting behind a bar. */
const TOP_SLACK_PX = 120;
/** Live events come in bursts (an import stores many batches): look for new mentions at most this often. */
const PEEK_DELAY_MS = 800;

/** Listening › Stream: every mention, newest first, searchable, filtered through the address, live. */
export function StreamPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = readStreamFilters(params);
  const stream = useStream(filters);
  useRoutedMentions();
  const rules = useRules();
  const sources = useSources();
  const items = stream.data?.pages.flatMap((page) => page.items) ?? [];
  const fresh = useNewMentions(filters, items);
  const narrowed = isNarrowed(filters);

  const applyFilters = (next: StreamFilters) => setParams(streamSearch(next));

  return (
    <section data-testid="listening-page" className="stream-page">
      <PageHeader
        title="Listening"
        description="What people say about you on feeds, webhooks, email and imports, newest first, with each mention’s sentiment and intent."
      />
      <OpenAlertsStrip />
      <StreamFilterBar
        filters={filters}
        onChange={applyFilters}
        rules={choices(rules.data, items, (item) => item.rules)}
        sources={choices(sources.data, items, (item) => [item.source])}
        loaded={rules.isFetched && sources.isFetched}
      />
      <div className="stream-new-slot" role="status" data-testid="stream-new-slot">
        {fresh.count > 0 ? (
          <button
            type="button"
            className="stream-new-bar"
            data-testid="stream-new-mentions"
            data-count={fresh.count}
            onClick={() => void fresh.show()}
          >
            {fresh.label} — show
          </button>
        ) : null}
      </div>
      <LiveMessage className="visually-hidden">{fresh.announcement}</LiveMessage>
      <h2 className="stream-heading" tabIndex={-1} ref={fresh.headingRef}>
        {narrowed ? 'Matching mentions' : 'Newest mentions'}
      </h2>
      {stream.isPending ? <Loading label="Loading mentions…" /> : null}
      {stream.isError && !stream.data ? (
        <QueueError
          error={stream.error}
          who="agents, community managers and admins"
          onRetry={() => void stream.refetch()}
        />
      ) : null}
      {stream.isSuccess && items.length === 0 ? (
        narrowed ? (
          <div className="empty-inline" data-testid="stream-no-match">
            <p>
              No mentions match {filters.q ? 'this search and these filters' : 'these filters'}.{' '}
              <button type="button" className="button button-small" onClick={() => applyFilters({})}>
                Clear filters
              </button>
            </p>
          </div>
        ) : (
          <div className="empty-state" data-testid="stream-empty">
            <p className="empty-state-what">
              No mentions yet. Add a source in{' '}
              {canConfigureListening(me.role) ? (
                <Link to="/listening/settings/sources">Listening › Sources</Link>
              ) : (
                'Listening › Sources'
              )}
              , or import a file.
            </p>
            <p className="empty-state-status">
              Mentions appear here as they arrive, with their sentiment and intent; watch rules send the ones
              that need an answer to the inbox.
            </p>
          </div>
        )
      ) : null}
      {items.length > 0 ? (
        <>
          <ol
            className="mention-list"
            aria-label={narrowed ? 'Matching mentions, newest first' : 'Mentions, newest first'}
            aria-busy={stream.isFetching || undefined}
            data-testid="stream-list"
          >
            {items.map((item) => (
              <li key={item.id}>
                <MentionCard item={item} />
              </li>
            ))}
          </ol>
          <LoadMore query={stream} />
        </>
      ) : null}
    </section>
  );
}
import { useRoutedMentions } from './useRoutedMentions.ts';

/** Rules or sources to filter by: the configured ones, and any the loaded mentions name. */
function choices(
  listed: readonly { id: string; name: string; archived: boolean }[] | undefined,
  items: readonly ListeningItem[],
  refsOf: (item: ListeningItem) => readonly { id: string; name: string }[],
): FilterChoice[] {
  const byId = new Map<string, FilterChoice>();
  for (const entry of listed ?? [])
    byId.set(entry.id, { id: entry.id, name: entry.name, archived: entry.archived });
  for (const item of items) for (const ref of refsOf(item)) if (!byId.has(ref.id)) byId.set(ref.id, ref);
  return [...byId.values()].sort(
    (a, b) => Number(a.archived ?? false) - Number(b.archived ?? false) || a.name.localeCompare(b.name),
  );
}

/** The open alerts, in a strip of steady height so the page does not move when one arrives. */
function OpenAlertsStrip() {
  const open = useAlerts('open');
  const alerts = open.data ?? [];
  const newest = alerts[0];
  return (
    <div
      className={
        alerts.length > 0 ? 'listening-alert-strip listening-alert-strip-open' : 'listening-alert-strip'
      }
      data-testid="listening-alert-strip"
      data-count={alerts.length}
    >
      {open.isPending ? <p className="muted">Checking for alerts…</p> : null}
      {open.isError && !open.data ? <p className="muted">The alerts could not be loaded.</p> : null}
      {open.isSuccess && !newest ? (
        <p className="muted">
          No open alerts. <Link to="/listening/alerts">Past alerts</Link>
        </p>
      ) : null}
      {newest ? (
        <p>
          <strong>
            {alerts.length} open {alerts.length === 1 ? 'alert' : 'alerts'}
          </strong>
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">. </span>
          Newest:{' '}
          <Link to={`/listening/alerts/${encodeURIComponent(newest.id)}`}>{alertHeadline(newest)}</Link>,{' '}
          <Time iso={newest.createdAt} relative />
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">. </span>
          <Link to="/listening/alerts">See all alerts</Link>
        </p>
      ) : null}
    </div>
  );
}

/**
 * New mentions while the stream is open. At the top of an unfiltered (or empty) stream they slide
 * in; otherwise the list stays put and a bar counts them ("3 new mentions — show"), like a feed.
 * Live events carry no mentions, only that some were stored: the newest page (with the same
 * filters) tells which of them this list does not show yet.
 */
function useNewMentions(filters: StreamFilters, shown: readonly ListeningItem[]) {
  const client = useQueryClient();
  const key = streamSearch(filters);
  const [fresh, setFresh] = useState<{ key: string; count: number; more: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ filters, key, shown });
  useLayoutEffect(() => {
    latest.current = { filters, key, shown };
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function look() {
    const { filters: current, key: currentKey, shown: list } = latest.current;
    if (window.scrollY < TOP_SLACK_PX && (!isNarrowed(current) || list.length === 0)) {
      setFresh(null);
      await client.invalidateQueries({ queryKey: listeningKeys.stream(current) });
      return;
    }
    let page: ListeningItemPage;
    try {
      page = await peekStream(current);
    } catch {
      return; // The next event (or the next "Load more") will do.
    }
    if (latest.current.key !== currentKey) return;
    const known = new Set(latest.current.shown.map((item) => item.id));
    const unseen = page.items.filter((item) => !known.has(item.id));
    setFresh(
      unseen.length === 0
        ? null
        : {
            key: currentKey,
            count: unseen.length,
            more: unseen.length === page.items.length && page.nextCursor !== null,
          },
    );
  }

  useLiveEvent('listening.items', () => {
    if (timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void look();
    }, PEEK_DELAY_MS);
  });

  const current = fresh?.key === key ? fresh : null;
  const count = current?.count ?? 0;
  const label = `${count}${current?.more ? '+' : ''} new ${count === 1 && !current?.more ? 'mention' : 'mentions'}`;

  /** Back to the newest page (only: the older pages would be refetched for nothing), then to its top. */
  async function show() {
    const queryKey = listeningKeys.stream(filters);
    client.setQueryData<InfiniteData<ListeningItemPage, string>>(queryKey, (data) =>
      data ? { pages: data.pages.slice(0, 1), pageParams: data.pageParams.slice(0, 1) } : data,
    );
    setFresh(null);
    await client.invalidateQueries({ queryKey });
    setAnnouncement(`Showing the newest mentions.`);
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }

  return { count, label, show, announcement, headingRef };
}
