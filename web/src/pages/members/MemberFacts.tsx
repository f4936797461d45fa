import type { MemberIdentity } from '../../api/members.ts';
import { Badge } from '../../components/Bits.tsx';
import { identityGroups, identityText, kindLabel } from './labels.ts';

/** The ways Hearth recognises the member, by kind (strongest first), each marked when verified. */
export function MemberIdentities({ identities }: { identities: readonly MemberIdentity[] }) {
  const groups = identityGroups(identities);
  return (
    <section className="card member-card" data-testid="member-identities">
      <h2 className="card-title">Identities</h2>
      {groups.length === 0 ? <p className="muted">Hearth knows no email, handle or phone for them.</p> : null}
      {groups.map((group) => (
        <div key={group.kind} className="member-identity-group">
          <h3>{group.heading}</h3>
          <ul className="member-identity-list">
            {group.identities.map((identity) => (
              <li
                key={`${identity.platform}:${identity.value}`}
                data-testid="member-identity"
                data-kind={identity.kind}
                data-verified={identity.verified}
              >
                <span className="member-identity-value">{identityText(identity)}</span>
                {identity.verified ? <Badge tone="success">Verified</Badge> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** How many things of each kind the member did, most first (merged members included). */
export function ActivityCounts({ counts }: { counts: Record<string, number> }) {
  const kinds = Object.entries(counts).sort(([, a], [, b]) => b - a);
  return (
    <section className="card member-card" data-testid="member-activity-counts">
      <h2 className="card-title">Activity</h2>
      {kinds.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <dl className="member-counts">
          {kinds.map(([kind, count]) => (
            <div key={kind} data-kind={kind} data-count={count}>
              <dt>{kindLabel(kind, true)}</dt>
              <dd className="numeric">{count.toLocaleString()}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
