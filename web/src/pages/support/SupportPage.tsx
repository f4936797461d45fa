import { Link } from 'react-router';
import { useSupportExpectations, type SupportExpectations } from '../../api/support.ts';
import { Badge, PageHeader, Time } from '../../components/Bits.tsx';
import { Loading, Notice, QueryError } from '../../components/Feedback.tsx';
import { formatMinutes } from '../inbox/labels.ts';

function names(people: { name: string }[]): string {
  const list = people.map((person) => person.name);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;
}

function RightNow({ expectations }: { expectations: SupportExpectations }) {
  const { open, onDuty, nextAvailableAt, offHoursMessage, timezone } = expectations;
  return (
    <section className="card support-card" aria-labelledby="support-now" data-testid="support-now">
      <h2 id="support-now">Right now</h2>
      {open ? (
        <p>
          <Badge tone="success">We are here</Badge>{' '}
          {onDuty.length > 0 ? `On duty: ${names(onDuty)}.` : 'The team is answering.'}
        </p>
      ) : (
        <>
          <p>
            <Badge>Away</Badge>{' '}
            {nextAvailableAt ? (
              <>
                Next available <Time iso={nextAvailableAt} />.
              </>
            ) : (
              'No opening hours are planned yet.'
            )}
          </p>
          {offHoursMessage ? <p data-testid="support-off-hours">{offHoursMessage}</p> : null}
        </>
      )}
      {timezone ? (
        <p className="muted small">Our opening hours are kept in the {timezone} time zone.</p>
      ) : null}
    </section>
  );
}

function FirstResponse({ stats }: { stats: SupportExpectations['firstResponse'] }) {
  const enough = stats.conversations > 0 && stats.medianMinutes !== null;
  return (
    <section
      className="card support-card"
      aria-labelledby="support-speed"
      data-testid="support-first-response"
    >
      <h2 id="support-speed">How quickly we answered</h2>
      {enough ? (
        <>
          <dl className="support-figures">
            <div>
              <dt>Half of the questions got a first answer within</dt>
              <dd data-testid="support-median">{formatMinutes(stats.medianMinutes ?? 0)}</dd>
            </div>
            {stats.p90Minutes !== null ? (
              <div>
                <dt>Nine in ten within</dt>
                <dd data-testid="support-p90">{formatMinutes(stats.p90Minutes)}</dd>
              </div>
            ) : null}
          </dl>
          <p className="muted small">
            Measured over the last {stats.days} days ({stats.conversations}{' '}
            {stats.conversations === 1 ? 'conversation' : 'conversations'}), counting opening hours only.
          </p>
        </>
      ) : (
        <p>Too few conversations in the last {stats.days} days to give honest figures yet.</p>
      )}
    </section>
  );
}

/** "When will we answer?": measured, not promised. Public, so members can check before they ask. */
export function SupportPage() {
  const expectations = useSupportExpectations();
  const data = expectations.data;
  return (
    <section className="support-page" data-testid="support-page">
      <PageHeader
        title="When will we answer?"
        description="Who is here now, and how quickly people really got a first answer lately."
      />
      {expectations.isPending ? <Loading /> : null}
      {expectations.isError && !data ? (
        <QueryError error={expectations.error} onRetry={() => void expectations.refetch()} />
      ) : null}
      {data?.highLoad.active ? (
        <Notice tone="warning" testId="support-high-load">
          <p>
            It is busier than usual: {data.highLoad.openConversations} open conversations
            {data.highLoad.perAgent !== null
              ? `, about ${Math.round(data.highLoad.perAgent)} for each person on duty`
              : ''}
            . Answers may take longer than the figures below.
          </p>
        </Notice>
      ) : null}
      {data ? (
        <div className="support-grid">
          <RightNow expectations={data} />
          <FirstResponse stats={data.firstResponse} />
        </div>
      ) : null}
      <p>
        Many questions are answered fastest by other members: <Link to="/community">ask the Community</Link>.
      </p>
    </section>
  );
}
