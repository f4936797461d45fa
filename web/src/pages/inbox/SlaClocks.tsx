import type { ConversationDetail, SlaClock } from '../../api/inbox-types.ts';
import { Badge, Time } from '../../components/Bits.tsx';
import { formatMinutes, METRIC_LABELS } from './labels.ts';

function ClockState({ clock }: { clock: SlaClock }) {
  if (clock.metAt)
    return (
      <>
        <Badge tone={clock.breached ? 'warning' : 'success'}>{clock.breached ? 'Met late' : 'Met'}</Badge>{' '}
        <Time iso={clock.metAt} />
      </>
    );
  if (clock.breached) return <Badge tone="danger">Breached</Badge>;
  if (clock.remainingMinutes === null) return <span className="muted">Not running</span>;
  const left = clock.remainingMinutes;
  const tone = left <= 15 ? 'danger' : left <= 60 ? 'warning' : 'neutral';
  return (
    <Badge tone={tone}>
      {left < 0 ? `Overdue by ${formatMinutes(-left)}` : `${formatMinutes(left)} left`}
    </Badge>
  );
}

/** First response, next response and resolution: due when, how long is left, met or breached. */
export function SlaClocks({ conversation }: { conversation: ConversationDetail }) {
  return (
    <section className="side-card" aria-labelledby="sla-heading" data-testid="sla-clocks">
      <h2 id="sla-heading">Response times</h2>
      {conversation.slaPolicy ? (
        <p className="muted small">Policy: {conversation.slaPolicy.name}</p>
      ) : (
        <p className="muted small">No response-time policy applies to this conversation.</p>
      )}
      {conversation.clocks.length > 0 ? (
        <dl className="sla-clocks">
          {conversation.clocks.map((clock) => (
            <div key={clock.metric} className="sla-clock" data-testid="sla-clock" data-metric={clock.metric}>
              <dt>{METRIC_LABELS[clock.metric]}</dt>
              <dd>
                <ClockState clock={clock} />
                {clock.dueAt && !clock.metAt ? (
                  <span className="sla-clock-due">
                    Due <Time iso={clock.dueAt} />
                  </span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}
