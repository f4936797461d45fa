import { createContext, useContext, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMemberStages, type MemberSummary } from '../../api/members.ts';

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

/** "Regular" or "Advocate" beside a name, for staff; links to the member, the reason as its title. */
export function RecognitionBadge({ memberId }: { memberId: string }) {
  const member = useContext(RecognitionContext)?.get(memberId);
  const label = member ? recognised[member.stage] : undefined;
  if (!member || !label) return null;
  return (
    <Link
      to={`/members/${member.id}`}
      className="badge badge-success"
      title={member.stageReason}
      data-testid="recognition-badge"
    >
      {label}
    </Link>
  );
}
