import type { ConversationDetail } from '../../api/inbox-types.ts';
import { Badge } from '../../components/Bits.tsx';
import type { Directory } from './colleagues.ts';
import { describeApplied, readReason } from './routeTraceText.ts';

interface RoutingTraceProps {
  conversation: ConversationDetail;
  names: Directory;
  /** Moves the conversation to the learned router's team; absent when it is already there. */
  onAcceptSuggestion?: (teamId: string) => void;
  pending: boolean;
}

/** "Why was this routed here?": every rule checked, whether it matched, why, and what it did. */
export function RoutingTrace({ conversation, names, onAcceptSuggestion, pending }: RoutingTraceProps) {
  const suggestion = conversation.suggestedTeam;
  return (
    <section className="side-card" aria-labelledby="routing-heading" data-testid="routing-trace">
      <h2 id="routing-heading">Why was this routed here?</h2>
      {suggestion ? (
        <div className="routing-suggestion" data-testid="routing-suggestion">
          <p>
            The learned router suggests <strong>{suggestion.name}</strong> (
            {Math.round(suggestion.confidence * 100)}% sure).
          </p>
          {onAcceptSuggestion && conversation.team?.id !== suggestion.id ? (
            <button
              type="button"
              className="button button-small"
              disabled={pending}
              onClick={() => onAcceptSuggestion(suggestion.id)}
            >
              Move to {suggestion.name}
            </button>
          ) : null}
        </div>
      ) : null}
      {conversation.routeTrace.length === 0 ? (
        <p className="muted small">No routing rules existed when it arrived, so nothing moved it.</p>
      ) : (
        <ol className="routing-rules">
          {conversation.routeTrace.map((rule, index) => (
            <li
              key={`${rule.ruleId}-${index}`}
              className="routing-rule"
              data-testid="routing-rule"
              data-matched={rule.matched}
            >
              <p className="routing-rule-head">
                <strong>{rule.name}</strong>{' '}
                {rule.matched ? <Badge tone="success">Matched</Badge> : <Badge>Did not match</Badge>}
              </p>
              {rule.reasons.length > 0 ? (
                <ul className="routing-reasons">
                  {rule.reasons.map(readReason).map((reason) => (
                    <li key={reason.text}>
                      {reason.holds === null ? null : (
                        <Badge tone={reason.holds ? 'success' : 'neutral'}>
                          {reason.holds ? 'Yes' : 'No'}
                        </Badge>
                      )}{' '}
                      {reason.text}
                    </li>
                  ))}
                </ul>
              ) : null}
              {rule.applied.length > 0 ? (
                <p className="small">
                  Applied: {rule.applied.map((line) => describeApplied(line, names, conversation)).join('; ')}
                  .
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
