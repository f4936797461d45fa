import type { MemberSummary } from '../../api/members.ts';
import { formatFullDateTime } from '../../lib/format.ts';
import { countryName, formatValue } from './labels.ts';

type Standing = Pick<MemberSummary, 'country' | 'purchaseVerifiedAt' | 'valueCents' | 'optedOut'>;

/** What else staff should know at a glance: a verified purchase and its value, an opt-out, the country. */
export function MemberStanding({ member }: { member: Standing }) {
  const { purchaseVerifiedAt, valueCents, optedOut, country } = member;
  if (!purchaseVerifiedAt && !optedOut && !country) return null;
  return (
    <span className="member-standing" data-testid="member-standing">
      {purchaseVerifiedAt ? (
        <span className="badge badge-success" data-testid="member-purchase-verified">
          Purchase verified&nbsp;
          <time dateTime={purchaseVerifiedAt} title={formatFullDateTime(purchaseVerifiedAt)}>
            {new Date(purchaseVerifiedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
          </time>
        </span>
      ) : null}
      {purchaseVerifiedAt && valueCents > 0 ? (
        <span data-testid="member-value">Bought {formatValue(valueCents)} in total</span>
      ) : null}
      {optedOut ? (
        <span className="badge badge-warning" data-testid="member-opted-out">
          Opted out of messages
        </span>
      ) : null}
      {country ? <span data-testid="member-country">In {countryName(country)}</span> : null}
    </span>
  );
}
