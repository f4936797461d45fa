import { Link, useSearchParams } from 'react-router';
import { useMemberSegments, useMembers } from '../../api/members.ts';
import type { MemberFilter, MemberListFilters, MemberSegment, MemberSummary } from '../../api/members.ts';
import { useCurrentUser } from '../../app/guards.tsx';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { DataTable, LoadMore } from '../../components/DataTable.tsx';
import { LiveMessage } from '../../components/Feedback.tsx';
import { useFlash } from '../inbox-admin/flash.ts';
import { ListStates } from '../inbox-admin/ListPage.tsx';
import { canOrganiseMembers, canSendCampaigns } from './access.ts';
import { newCampaignPath } from './campaigns/paths.ts';
import { filterWords, memberPath } from './labels.ts';
import { LastActive } from './LastActive.tsx';
import { hasFilter, impossibleFilter, membersSearch, readMemberFilters } from './listFilters.ts';
import { MembersFilterBar } from './MembersFilterBar.tsx';
import { StageBadge } from './StageBadge.tsx';

function MemberRow({ member }: { member: MemberSummary }) {
  return (
    <tr data-testid="member-row" data-member-id={member.id}>
      <th scope="row" data-label="Name" className="cell-primary cell-break">
        <Link to={memberPath(member)}>{member.name}</Link>
      </th>
      <td data-label="Stage" title={member.stageReason}>
        <StageBadge member={member} />
      </td>
      <td data-label="Last active">
        <LastActive member={member} />
      </td>
      <td data-label="First seen">
        <Time iso={member.createdAt} />
      </td>
    </tr>
  );
}

/** How the list is narrowed, for its caption and its empty state. */
function listWords(filters: MemberListFilters, shown: MemberFilter, segment: MemberSegment | undefined) {
  if (filters.segment && !hasFilter(filters)) {
    const name = segment ? `the segment “${segment.name}”` : 'this segment';
    return { caption: `Members in ${name}`, empty: `Nobody is in ${name} now.` };
  }
  if (hasFilter(shown)) {
    const words = filterWords(shown);
    return { caption: `Members matching ${words}`, empty: `No member matches ${words}.` };
  }
  return {
    caption: 'Members, most recently active first',
    empty: 'No members yet — they appear as people post, mention you or get in touch.',
  };
}

/**
 * Members: everyone Hearth has met, most recently active first, narrowed by a search, a stage, a tag,
 * a country, words they said or a saved segment (all in the address).
 */
export function MembersPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = readMemberFilters(params);
  const { segment: segmentId, ...own } = filters;
  const segments = useMemberSegments();
  const segment = segments.data?.find((saved) => saved.id === segmentId);
  // As the server works it out: the segment's filter, with the address's own values over it.
  const shown: MemberFilter = { ...segment?.filter, ...own };
  // The server refuses a filter by a tag no member can have (or a country that is not one): say why rather than ask.
  const impossible = impossibleFilter(own);
  const members = useMembers(filters, impossible === null);
  const [message, report] = useFlash();
  const rows = members.data?.pages.flatMap((page) => page.items) ?? [];
  const words = listWords(filters, shown, segment);
  return (
    <section data-testid="members-page">
      <PageHeader
        title="Members"
        description="One profile per person, whether they post in the community, mention you elsewhere or write to you; most recently active first."
        actions={
          segmentId && canSendCampaigns(me.role) ? (
            <Link className="button" to={newCampaignPath(filters)} data-testid="message-segment">
              Message this segment
            </Link>
          ) : null
        }
      />
      <MembersFilterBar
        filters={filters}
        shown={shown}
        segments={segments.data ?? []}
        segment={segment}
        segmentsLoaded={segments.isSuccess}
        canOrganise={canOrganiseMembers(me.role)}
        onChange={(next) => setParams(membersSearch(next))}
        onReport={report}
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      {impossible ? (
        <p className="empty-inline" data-testid="members-impossible-tag">
          {impossible}
        </p>
      ) : (
        <>
          <ListStates query={members} loading="Loading members…" empty={words.empty} />
          {rows.length > 0 ? (
            <DataTable
              caption={words.caption}
              columns={['Name', 'Stage', 'Last active', 'First seen']}
              testId="members-table"
              busy={members.isFetching}
            >
              {rows.map((member) => (
                <MemberRow key={member.id} member={member} />
              ))}
            </DataTable>
          ) : null}
          <LoadMore query={members} />
        </>
      )}
    </section>
  );
}
