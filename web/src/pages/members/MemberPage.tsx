import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useMember } from '../../api/members.ts';
import type { Member } from '../../api/members.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { PageLoadError } from '../../app/StatusPages.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { LiveMessage, Loading } from '../../components/Feedback.tsx';
import { useFlash } from '../inbox-admin/flash.ts';
import { canAnnotateMembers, canMergeMembers, canOrganiseMembers } from './access.ts';
import { memberPath } from './labels.ts';
import { ActivityCounts, MemberIdentities } from './MemberFacts.tsx';
import { MemberMerges } from './MemberMerges.tsx';
import { MemberNotes } from './MemberNotes.tsx';
import { MemberTags } from './MemberTags.tsx';
import { LastActive } from './LastActive.tsx';
import { StageBadge } from './StageBadge.tsx';
import { MemberTimeline } from './MemberTimeline.tsx';
import { MergeMemberDialog } from './MergeMemberDialog.tsx';

/**
 * Members › one member: who they are on each channel, what they did, who was merged into them, and
 * the tags and notes staff keep on them.
 */
export function MemberPage() {
  const { id = '' } = useParams();
  const member = useMember(id);

  if (member.isPending) return <Loading label="Loading the member…" />;
  if (member.isError) {
    return (
      <PageLoadError
        error={member.error}
        onRetry={() => void member.refetch()}
        title="No such member"
        documentTitle="Member · Members"
        testId="member-missing"
        back={<Link to="/members">Back to the members</Link>}
      />
    );
  }
  // The id was merged into another member: show the survivor under its own address, and say so.
  if (member.data.mergedFrom)
    return (
      <Navigate
        to={memberPath(member.data)}
        replace
        state={{ flash: `${member.data.mergedFrom.name} was merged into this member.` }}
      />
    );
  return <MemberProfile key={member.data.id} member={member.data} />;
}

function MemberProfile({ member }: { member: Member }) {
  const me = useCurrentUser();
  const canMerge = canMergeMembers(me.role);
  const [message, report] = useFlash();
  const [merging, setMerging] = useState(false);
  return (
    <section data-testid="member-page" data-member-id={member.id} className="member-page">
      <p className="breadcrumbs">
        <Link to="/members">Members</Link> <span aria-hidden="true">›</span> {member.name}
      </p>
      <PageHeader
        title={member.name}
        documentTitle={`${member.name} · Members`}
        description={
          <>
            <StageBadge member={member} /> <span data-testid="member-stage-reason">{member.stageReason}</span>
            <br />
            <span data-testid="member-last-active">
              Last active <LastActive member={member} />
            </span>
          </>
        }
        actions={
          canMerge ? (
            <button type="button" className="button" onClick={() => setMerging(true)}>
              Merge another member into this one
            </button>
          ) : null
        }
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <div className="member-layout">
        <MemberTimeline member={member} />
        <div className="member-side">
          <MemberIdentities identities={member.identities} />
          <MemberTags member={member} canEdit={canOrganiseMembers(me.role)} onSaved={report} />
          <MemberNotes member={member} canWrite={canAnnotateMembers(me.role)} onAdded={report} />
          <ActivityCounts counts={member.activityCounts} />
          <MemberMerges member={member} canUndo={canMerge} onUndone={report} />
        </div>
      </div>
      {merging ? (
        <MergeMemberDialog
          member={member}
          onMerged={(from) => report(`${from.name} was merged into this member.`)}
          onClose={() => setMerging(false)}
        />
      ) : null}
    </section>
  );
}
