import type { MemberStage, MemberSummary } from '../../api/members.ts';
import { STAGE_LABELS } from './labels.ts';

/** Advocates and regulars stand out, members at risk call for attention, the rest stay quiet. */
const TONES: Record<MemberStage, string> = {
  advocate: 'badge badge-success',
  regular: 'badge badge-accent',
  at_risk: 'badge badge-warning',
  newcomer: 'badge',
  gone: 'badge',
};

/** The member's lifecycle stage as a badge; its reason is the badge's title. */
export function StageBadge({ member }: { member: Pick<MemberSummary, 'stage' | 'stageReason'> }) {
  return (
    <span
      className={TONES[member.stage]}
      title={member.stageReason}
      data-testid="member-stage"
      data-stage={member.stage}
    >
      {STAGE_LABELS[member.stage]}
    </span>
  );
}
