import { Link, useParams } from 'react-router';
import { useAcknowledgeAlert, useAlert } from '../../api/listening.ts';
import type { ListeningAlertDetail } from '../../api/listening.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { PageLoadError } from '../../app/StatusPages.tsx';
import { Badge, PageHeader, Time } from '../../components/Bits.tsx';
import { FormError, LiveMessage, Loading } from '../../components/Feedback.tsx';
import { AcknowledgedBy, CountPanel, Shift } from './AlertBits.tsx';
import { AlertVolumeChart } from './AlertVolumeChart.tsx';
import { AlertCrisisAction } from './crisis/OpenCrisisDialog.tsx';
import {
  alertHeadline,
  alertNumbers,
  formatScore,
  formatShare,
  formatStrength,
  measureLabel,
} from './labels.ts';
import { MentionCard } from './Mention.tsx';

/** Listening › one alert: what spiked and since when, the volume around it, what it is about. */
export function AlertDetailPage() {
  const { id = '' } = useParams();
  const alert = useAlert(id);

  if (alert.isPending) return <Loading label="Loading the alert…" />;
  if (alert.isError && !alert.data) {
    return (
      <PageLoadError
        error={alert.error}
        onRetry={() => void alert.refetch()}
        title="No such alert"
        documentTitle="Alert · Listening"
        testId="listening-alert-missing"
        back={<Link to="/listening/alerts">Back to the alerts</Link>}
      />
    );
  }
  return <AlertView alert={alert.data} />;
}

function AlertView({ alert }: { alert: ListeningAlertDetail }) {
  const me = useCurrentUser();
  const acknowledge = useAcknowledgeAlert();
  const headline = alertHeadline(alert);
  const open = alert.status === 'open';
  const { explanation } = alert;
  const hours = (explanation.horizon * 5) / 60;
  const over =
    explanation.horizon <= 1
      ? 'in one 5-minute interval'
      : hours < 1
        ? `over ${explanation.horizon * 5} minutes`
        : `over ${Math.round(hours * 10) / 10} hours`;

  return (
    <section
      data-testid="listening-alert-page"
      data-alert-id={alert.id}
      data-status={alert.status}
      className="alert-page"
    >
      <p className="breadcrumbs">
        <Link to="/listening/alerts">Alerts</Link> <span aria-hidden="true">›</span> Alert
      </p>
      <PageHeader
        title={headline}
        documentTitle={`${headline} · Alerts · Listening`}
        description={
          <>
            <span className="numeric" data-testid="alert-numbers">
              {alertNumbers(alert)}
            </span>
            , since <Time iso={alert.since} />.
          </>
        }
        actions={
          <>
            {open ? (
              <button
                type="button"
                className="button button-primary"
                disabled={acknowledge.isPending}
                aria-busy={acknowledge.isPending || undefined}
                onClick={() => acknowledge.mutate(alert)}
                data-testid="acknowledge-alert"
              >
                Acknowledge
              </button>
            ) : null}
            <AlertCrisisAction alert={alert} />
          </>
        }
      />
      <FormError error={acknowledge.error} />
      <LiveMessage className="page-status">
        {acknowledge.isSuccess ? 'Alert acknowledged: the others following listening see it too.' : ''}
      </LiveMessage>
      <dl className="settings-facts alert-facts card" data-testid="alert-facts">
        <div>
          <dt>Status</dt>
          <dd>
            {open ? <Badge tone="warning">Open</Badge> : <Badge>Acknowledged</Badge>}{' '}
            {open ? null : <AcknowledgedBy alert={alert} me={me} />}
          </dd>
        </div>
        <div>
          <dt>Measure</dt>
          <dd>{measureLabel(alert.measure)}</dd>
        </div>
        <div>
          <dt>Strength</dt>
          <dd className="numeric">
            {formatStrength(alert.strength)}{' '}
            <span className="muted">
              ({(Math.round(explanation.sigmas * 10) / 10).toLocaleString()} standard deviations {over})
            </span>
          </dd>
        </div>
        <div>
          <dt>Raised</dt>
          <dd>
            <Time iso={alert.createdAt} />
          </dd>
        </div>
      </dl>
      <AlertVolumeChart alert={alert} />
      <div className="alert-panels">
        <CountPanel
          title="Unusual words"
          counts={explanation.topTerms}
          unit="mentions"
          empty="No word stands out against the week before."
          testId="alert-top-terms"
        />
        <CountPanel
          title="Top sources"
          counts={explanation.topSources}
          unit="mentions"
          empty="No source stands out."
          testId="alert-top-sources"
        />
        <CountPanel
          title="Top authors"
          counts={explanation.topAuthors}
          unit="mentions"
          empty="No author stands out."
          testId="alert-top-authors"
        />
        <section
          className="card alert-panel"
          aria-labelledby="alert-mood-title"
          data-testid="alert-sentiment"
        >
          <h2 id="alert-mood-title" className="alert-panel-title">
            Mood, against the day before
          </h2>
          <dl className="alert-mood">
            <div>
              <dt>Average sentiment</dt>
              <dd data-testid="alert-sentiment-shift">
                <Shift
                  now={explanation.sentimentNow}
                  before={explanation.sentimentBefore}
                  format={formatScore}
                  worseWhen="down"
                  unit={(difference) => `by ${difference.toFixed(2)}`}
                />
              </dd>
            </div>
            <div>
              <dt>Negative share</dt>
              <dd data-testid="alert-negative-shift">
                <Shift
                  now={explanation.negativeShareNow}
                  before={explanation.negativeShareBefore}
                  format={formatShare}
                  worseWhen="up"
                  unit={(difference) => `${Math.round(difference * 100)} percentage points`}
                />
              </dd>
            </div>
          </dl>
        </section>
      </div>
      <section className="section" aria-labelledby="alert-examples-title" data-testid="alert-examples">
        <h2 id="alert-examples-title">Examples</h2>
        {alert.examples.length === 0 ? (
          <p className="empty-inline">No example mentions were kept for this alert.</p>
        ) : (
          <ol className="mention-list" aria-labelledby="alert-examples-title">
            {alert.examples.map((item) => (
              <li key={item.id}>
                <MentionCard item={item} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
