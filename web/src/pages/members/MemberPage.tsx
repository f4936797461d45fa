import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useMember } from '../../api/members.ts';
import type { Member, MemberSummary } from '../../api/members.ts';
import { memberDataUrl } from '../../api/privacy.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { PageLoadError } from '../../app/StatusPages.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { LiveMessage, Loading } from '../../components/Feedback.tsx';
import { useFlash } from '../inbox-admin/flash.ts';
import {
  canAnnotateMembers,
  canEraseMembers,
  canMergeMembers,
  canMessageMembers,
  canOrganiseMembers,
} from './access.ts';
import { EraseMemberDialog } from './EraseMemberDialog.tsx';
import { memberPath } from './labels.ts';
import { ActivityCounts, MemberIdentities } from './MemberFacts.tsx';
import { MemberMerges } from './MemberMerges.tsx';
import { MemberMessages } from './MemberMessages.tsx';
import { MemberStanding } from './MemberStanding.tsx';
import { MemberNotes } from './MemberNotes.tsx';
import { MemberTags } from './MemberTags.tsx';
import { LastActive } from './LastActive.tsx';
import { StageBadge } from './StageBadge.tsx';
import { MemberTimeline } from './MemberTimeline.tsx';
import { MergeMemberDialog } from './MergeMemberDialog.tsx';
import { MergeSuggestions } from './MergeSuggestions.tsx';
import { MessageMemberDialog } from './outreach/MessageMemberDialog.tsx';

/**
 * Members › one member: who they are on each channel, what they did, who was merged into them, the
 * tags and notes staff keep on them, and what staff sent them (with a greeting or outreach to send).
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
  const canMessage = canMessageMembers(me.role);
  const canErase = canEraseMembers(me.role);
  const [message, report] = useFlash();
  const [merging, setMerging] = useState(false);
  const [messaging, setMessaging] = useState(false);
  const [erasing, setErasing] = useState(false);
  const merged = (from: MemberSummary) => report(`${from.name} was merged into this member.`);
  // A newcomer nobody greeted is greeted (it takes them out of the welcome queue); anyone else, reached.
  const greets = member.stage === 'newcomer' && !member.greetedAt;
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
            <MemberStanding member={member} />
          </>
        }
        actions={
          canMessage || canMerge || canErase ? (
            <>
              {canMessage ? (
                <button type="button" className="button" onClick={() => setMessaging(true)}>
                  {greets ? 'Greet' : 'Reach out'}
                </button>
              ) : null}
              {canMerge ? (
                <button type="button" className="button" onClick={() => setMerging(true)}>
                  Merge another member into this one
                </button>
              ) : null}
              {canErase ? (
                <>
                  <a className="button" href={memberDataUrl(member.id)} download>
                    Export data
                  </a>
                  <button
                    type="button"
                    className="button button-danger-outline"
                    onClick={() => setErasing(true)}
                  >
                    Erase member…
                  </button>
                </>
              ) : null}
            </>
          ) : null
        }
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <div className="member-layout">
        <MemberTimeline member={member} />
        <div className="member-side">
          {canMerge ? <MergeSuggestions member={member} onMerged={merged} /> : null}
          <MemberIdentities identities={member.identities} />
          <MemberTags member={member} canEdit={canOrganiseMembers(me.role)} onSaved={report} />
          <MemberMessages member={member} />
          <MemberNotes member={member} canWrite={canAnnotateMembers(me.role)} onAdded={report} />
          <ActivityCounts counts={member.activityCounts} />
          <MemberMerges member={member} canUndo={canMerge} onUndone={report} />
        </div>
      </div>
      {messaging ? (
        <MessageMemberDialog
          member={member}
          kind={greets ? 'greeting' : 'outreach'}
          onClose={() => setMessaging(false)}
          onSent={() => report(greets ? `Greeted ${member.name}.` : `Message sent to ${member.name}.`)}
          onAlreadyGreeted={() => report(`Someone greeted ${member.name} already.`)}
        />
      ) : null}
      {merging ? (
        <MergeMemberDialog member={member} onMerged={merged} onClose={() => setMerging(false)} />
      ) : null}
      {erasing ? (
        <EraseMemberDialog member={member} onErased={report} onClose={() => setErasing(false)} />
      ) : null}
    </section>
  );
}
