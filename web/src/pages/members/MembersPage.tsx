import { Link, useSearchParams } from 'react-router';
import { useMembers } from '../../api/members.ts';
import type { MemberSummary } from '../../api/members.ts';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { DataTable, LoadMore } from '../../components/DataTable.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { ListStates } from '../inbox-admin/ListPage.tsx';
import { memberPath } from './labels.ts';
import { LastActive } from './LastActive.tsx';
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

/** Members: everyone Hearth has met, most recently active first, searchable (the search is in the address). */
export function MembersPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const members = useMembers(q);
  const rows = members.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section data-testid="members-page">
      <PageHeader
        title="Members"
        description="One profile per person, whether they post in the community, mention you elsewhere or write to you; most recently active first."
      />
      <SearchForm
        key={q}
        className="stream-search members-search"
        name="Search members"
        label="Search members"
        hint="A name, email address, handle or phone number."
        maxLength={200}
        q={q || undefined}
        onSearch={(next) => setParams(next ? { q: next } : {})}
      />
      <ListStates
        query={members}
        loading="Loading members…"
        empty={
          q
            ? `No member matches “${q}”.`
            : 'No members yet — they appear as people post, mention you or get in touch.'
        }
      />
      {rows.length > 0 ? (
        <DataTable
          caption={q ? `Members matching “${q}”` : 'Members, most recently active first'}
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
    </section>
  );
}
