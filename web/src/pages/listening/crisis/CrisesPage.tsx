import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { crisisKeys, useCrises } from '../../../api/listening-crises.ts';
import type { CrisisSummary } from '../../../api/listening-crises.ts';
import { useLiveEvent } from '../../../app/live.tsx';
import { Badge, PageHeader, Time } from '../../../components/Bits.tsx';
import { Loading, QueryError } from '../../../components/Feedback.tsx';
import { crisisPath, SEVERITY, severityText } from './labels.ts';
import { OpenCrisisDialog } from './OpenCrisisDialog.tsx';

/** Listening › Crisis rooms: the open ones first, then the closed ones with how they ended; live. */
export function CrisesPage() {
  const crises = useCrises(100);
  const client = useQueryClient();
  const [opening, setOpening] = useState(false);
  const all = crises.data ?? [];
  const open = all.filter((crisis) => crisis.status === 'open');
  const closed = all.filter((crisis) => crisis.status === 'closed');

  useLiveEvent('listening.crisis', () => {
    void client.invalidateQueries({ queryKey: crisisKeys.lists });
  });

  return (
    <section data-testid="crisis-rooms-page">
      <PageHeader
        title="Crisis rooms"
        documentTitle="Crisis rooms · Listening"
        description="When something blows up, a room gathers its mentions, the people on deck, holding statements and a timeline of what was done, until it is closed with an outcome."
        actions={
          <button type="button" className="button button-primary" onClick={() => setOpening(true)}>
            Open a crisis room
          </button>
        }
      />
      {crises.isPending ? <Loading label="Loading crisis rooms…" /> : null}
      {crises.isError && !crises.data ? (
        <QueryError error={crises.error} onRetry={() => void crises.refetch()} />
      ) : null}
      {crises.isSuccess && all.length === 0 ? (
        <div className="empty-state" data-testid="crisis-rooms-empty">
          <p className="empty-state-what">No crisis rooms yet.</p>
          <p className="empty-state-status">
            Open one when mentions turn into a problem: by hand with “Open a crisis room”, or from a spike on
            the <Link to="/listening/alerts">Alerts</Link> page. Everyone following listening can work in it;
            managers approve and publish statements and close it with an outcome.
          </p>
        </div>
      ) : null}
      {open.length > 0 ? (
        <section className="section" aria-labelledby="open-crises-title">
          <h2 id="open-crises-title">Open</h2>
          <ul className="settings-list" aria-labelledby="open-crises-title" data-testid="open-crisis-rooms">
            {open.map((crisis) => (
              <CrisisCard key={crisis.id} crisis={crisis} />
            ))}
          </ul>
        </section>
      ) : crises.isSuccess && all.length > 0 ? (
        <p className="empty-inline" data-testid="no-open-crisis-rooms">
          No room is open: all is calm.
        </p>
      ) : null}
      {closed.length > 0 ? (
        <section className="section" aria-labelledby="closed-crises-title">
          <h2 id="closed-crises-title">Closed</h2>
          <ul
            className="settings-list"
            aria-labelledby="closed-crises-title"
            data-testid="closed-crisis-rooms"
          >
            {closed.map((crisis) => (
              <CrisisCard key={crisis.id} crisis={crisis} />
            ))}
          </ul>
        </section>
      ) : null}
      {opening ? <OpenCrisisDialog onClose={() => setOpening(false)} /> : null}
    </section>
  );
}

function CrisisCard({ crisis }: { crisis: CrisisSummary }) {
  const titleId = useId();
  const open = crisis.status === 'open';
  return (
    <li
      className={open ? 'card settings-item crisis-card' : 'card settings-item crisis-card settings-item-off'}
      aria-labelledby={titleId}
      data-testid="crisis-room"
      data-crisis-id={crisis.id}
      data-status={crisis.status}
      data-severity={crisis.severity}
    >
      <div className="card-head">
        <h3 className="card-title" id={titleId}>
          <Link to={crisisPath(crisis)}>{crisis.title}</Link>
        </h3>
        <Badge tone={SEVERITY[crisis.severity].tone}>{severityText(crisis.severity)}</Badge>
        {open ? <Badge tone="warning">Open</Badge> : <Badge>Closed</Badge>}
      </div>
      <dl className="settings-facts">
        <div>
          <dt>Mentions of</dt>
          <dd>{crisis.rule ? crisis.rule.name : 'Everything watched'}</dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>
            <Time iso={crisis.since} relative />
          </dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>
            <Time iso={crisis.openedAt} relative />
            {crisis.openedBy ? `, by ${crisis.openedBy.name}` : ''}
          </dd>
        </div>
        {crisis.closedAt ? (
          <div>
            <dt>Closed</dt>
            <dd>
              <Time iso={crisis.closedAt} relative />
              {crisis.closedBy ? ` by ${crisis.closedBy.name}` : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {!open && crisis.outcome ? (
        <div className="crisis-card-outcome" data-testid="crisis-outcome">
          <p className="settings-item-subtitle">Outcome</p>
          <p className="crisis-prose">{crisis.outcome}</p>
        </div>
      ) : null}
    </li>
  );
}
