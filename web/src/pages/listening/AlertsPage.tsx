import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAcknowledgeAlert, useAlerts } from '../../api/listening.ts';
import type { ListeningAlert } from '../../api/listening.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { Badge, PageHeader, Time } from '../../components/Bits.tsx';
import { errorMessage, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';
import { AcknowledgedBy } from './AlertBits.tsx';
import { AlertCrisisAction } from './crisis/OpenCrisisDialog.tsx';
import { alertHeadline, alertNumbers, formatStrength, measureLabel } from './labels.ts';

export function alertPath(alert: Pick<ListeningAlert, 'id'>): string {
  return `/listening/alerts/${encodeURIComponent(alert.id)}`;
}

/** Listening › Alerts: open spikes first, then the acknowledged ones, greyed; live. */
export function AlertsPage() {
  const open = useAlerts('open', 100);
  const acknowledged = useAlerts('acknowledged', 30);
  const acknowledge = useAcknowledgeAlert();
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const openHeading = useRef<HTMLHeadingElement>(null);

  function onAcknowledge(alert: ListeningAlert) {
    setFailed(null);
    setMessage('');
    acknowledge.mutate(alert, {
      onSuccess: () => {
        setMessage(`Acknowledged: ${alertHeadline(alert)}.`);
        // The card leaves the open list: focus goes to the list's heading, not nowhere.
        window.requestAnimationFrame(() => openHeading.current?.focus());
      },
      onError: (error) => setFailed({ id: alert.id, message: errorMessage(error) }),
    });
  }

  return (
    <section data-testid="listening-alerts-page">
      <PageHeader
        title="Alerts"
        documentTitle="Alerts · Listening"
        description="Spikes in how often, or how negatively, people mention what you watch. Acknowledge an alert once someone is on it."
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <section className="section" aria-labelledby="open-alerts-title" data-testid="open-alerts">
        <h2 id="open-alerts-title" tabIndex={-1} ref={openHeading}>
          Open
        </h2>
        <AlertList
          query={open}
          loading="Loading open alerts…"
          empty="No open alerts: nothing unusual right now. Alerts appear here the moment a spike starts."
          emptyTestId="open-alerts-empty"
          pendingId={acknowledge.isPending ? (acknowledge.variables?.id ?? null) : null}
          failed={failed}
          onAcknowledge={onAcknowledge}
        />
      </section>
      <section
        className="section"
        aria-labelledby="acknowledged-alerts-title"
        data-testid="acknowledged-alerts"
      >
        <h2 id="acknowledged-alerts-title">Acknowledged</h2>
        <AlertList
          query={acknowledged}
          loading="Loading acknowledged alerts…"
          empty="None acknowledged yet."
          emptyTestId="acknowledged-alerts-empty"
          pendingId={null}
          failed={null}
          onAcknowledge={onAcknowledge}
        />
      </section>
    </section>
  );
}

function AlertList({
  query,
  loading,
  empty,
  emptyTestId,
  pendingId,
  failed,
  onAcknowledge,
}: {
  query: ReturnType<typeof useAlerts>;
  loading: string;
  empty: string;
  emptyTestId: string;
  pendingId: string | null;
  failed: { id: string; message: string } | null;
  onAcknowledge: (alert: ListeningAlert) => void;
}) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.isError && !query.data)
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const alerts = query.data ?? [];
  if (alerts.length === 0)
    return (
      <p className="empty-inline" data-testid={emptyTestId}>
        {empty}
      </p>
    );
  return (
    <ul className="settings-list alert-list" aria-busy={query.isFetching || undefined}>
      {alerts.map((alert) => (
        <AlertCard
          key={alert.id}
          alert={alert}
          pending={pendingId === alert.id}
          error={failed?.id === alert.id ? failed.message : undefined}
          onAcknowledge={onAcknowledge}
        />
      ))}
    </ul>
  );
}

function AlertCard({
  alert,
  pending,
  error,
  onAcknowledge,
}: {
  alert: ListeningAlert;
  pending: boolean;
  error?: string;
  onAcknowledge: (alert: ListeningAlert) => void;
}) {
  const me = useCurrentUser();
  const titleId = useId();
  const headline = alertHeadline(alert);
  const open = alert.status === 'open';
  return (
    <li
      className={open ? 'card settings-item alert-card' : 'card settings-item alert-card settings-item-off'}
      aria-labelledby={titleId}
      data-testid="listening-alert"
      data-alert-id={alert.id}
      data-status={alert.status}
      data-measure={alert.measure}
    >
      <div className="card-head">
        <h3 className="card-title" id={titleId}>
          <Link to={alertPath(alert)}>{headline}</Link>
        </h3>
        <Badge tone={alert.measure === 'negativity' ? 'danger' : 'accent'}>
          {measureLabel(alert.measure)}
        </Badge>
        {open ? <Badge tone="warning">Open</Badge> : <Badge>Acknowledged</Badge>}
      </div>
      <dl className="settings-facts">
        <div>
          <dt>Observed</dt>
          <dd className="numeric" data-testid="alert-numbers">
            {alertNumbers(alert)}
          </dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>
            <Time iso={alert.since} relative />
          </dd>
        </div>
        <div>
          <dt>Strength</dt>
          <dd className="numeric">{formatStrength(alert.strength)}</dd>
        </div>
        {open ? null : (
          <div>
            <dt>Acknowledged</dt>
            <dd>
              <AcknowledgedBy alert={alert} me={me} />
            </dd>
          </div>
        )}
      </dl>
      <div className="settings-item-actions">
        {open ? (
          <button
            type="button"
            className="button button-small"
            aria-label={`Acknowledge: ${headline}`}
            disabled={pending}
            aria-busy={pending || undefined}
            onClick={() => onAcknowledge(alert)}
          >
            Acknowledge
          </button>
        ) : null}
        <AlertCrisisAction alert={alert} className="button button-small" label={headline} />
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
