import type { MemberSummary } from '../../api/members.ts';
import { Time } from '../../components/Bits.tsx';

/** When the member last did something Hearth saw ("5 minutes ago"), or "never". */
export function LastActive({ member }: { member: Pick<MemberSummary, 'lastActiveAt'> }) {
  return member.lastActiveAt ? <Time iso={member.lastActiveAt} relative /> : <>never</>;
}

/** "Dana Reyes last active 5 minutes ago": a member offered among others (to choose, to merge). */
export function NameLastActive({ member }: { member: Pick<MemberSummary, 'name' | 'lastActiveAt'> }) {
  return (
    <>
      <strong>{member.name}</strong>{' '}
      <span className="muted small">
        last active <LastActive member={member} />
      </span>
    </>
  );
}
