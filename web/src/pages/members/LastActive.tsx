import type { MemberSummary } from '../../api/members.ts';
import { Time } from '../../components/Bits.tsx';

/** When the member last did something Hearth saw ("5 minutes ago"), or "never". */
export function LastActive({ member }: { member: Pick<MemberSummary, 'lastActiveAt'> }) {
  return member.lastActiveAt ? <Time iso={member.lastActiveAt} relative /> : <>never</>;
}
