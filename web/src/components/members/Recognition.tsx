import { createContext, useContext, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMemberStages, type MemberSummary } from '../../api/members.ts';
import { formatDateTime } from '../../lib/format.ts';

/** The members on a page whom staff should recognise: id → member (with stage and reason). */
const RecognitionContext = createContext<ReadonlyMap<string, MemberSummary> | null>(null);

/** Looks up the stage of these people once for the page, when the viewer may read members. */
export function RecognitionProvider({
  ids,
  enabled,
  children,
}: {
  ids: readonly string[];
  enabled: boolean;
  children: ReactNode;
}) {
  const stages = useMemberStages(ids, enabled);
  return <RecognitionContext.Provider value={stages.data ?? null}>{children}</RecognitionContext.Provider>;
}

const recognised: Partial<Record<MemberSummary['stage'], string>> = {
  regular: 'Regular',
  advocate: 'Advocate',
};

/**
 * "Regular" or "Advocate" beside a name, for staff, and "Purchase verified" for a customer; each
 * links to the member, with why as its title.
 */
export function RecognitionBadge({ memberId }: { memberId: string }) {
  const member = useContext(RecognitionContext)?.get(memberId);
  if (!member) return null;
  const label = recognised[member.stage];
  const bought = member.purchaseVerifiedAt;
  return (
    <>
      {label ? (
        <Link
          to={`/members/${member.id}`}
          className="badge badge-success"
          title={member.stageReason}
          data-testid="recognition-badge"
        >
          {label}
        </Link>
      ) : null}
      {bought ? (
        <>
          {label ? ' ' : null}
          <Link
            to={`/members/${member.id}`}
            className="badge badge-accent"
            title={`A store reported their first purchase on ${formatDateTime(bought)}`}
            data-testid="recognition-purchase"
          >
            Purchase verified
          </Link>
        </>
      ) : null}
    </>
  );
}
