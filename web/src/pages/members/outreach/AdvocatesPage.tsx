import { useState } from 'react';
import { Link } from 'react-router';
import { useAdvocates } from '../../../api/members-outreach.ts';
import type { Advocate } from '../../../api/members-outreach.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { PageHeader, Time } from '../../../components/Bits.tsx';
import { ActionsCell, DataTable } from '../../../components/DataTable.tsx';
import { LiveMessage } from '../../../components/Feedback.tsx';
import { useFlash } from '../../inbox-admin/flash.ts';
import { ListStates } from '../../inbox-admin/ListPage.tsx';
import { canMessageMembers } from '../access.ts';
import { memberPath } from '../labels.ts';
import { StageBadge } from '../StageBadge.tsx';
import { MessageMemberDialog } from './MessageMemberDialog.tsx';

function AdvocateRow({
  advocate,
  canReach,
  onReach,
}: {
  advocate: Advocate;
  canReach: boolean;
  onReach: (advocate: Advocate) => void;
}) {
  return (
    <tr data-testid="advocate-row" data-member-id={advocate.id}>
      <th scope="row" data-label="Name" className="cell-primary cell-break">
        <Link to={memberPath(advocate)}>{advocate.name}</Link>
      </th>
      <td data-label="Stage">
        <StageBadge member={advocate} />
      </td>
      <td data-label="Accepted answers" className="numeric">
        {advocate.acceptedAnswers.toLocaleString()}
      </td>
      <td data-label="Replies" className="numeric">
        {advocate.replies.toLocaleString()}
      </td>
      <td data-label="Last helped">
        <Time iso={advocate.lastHelpedAt} relative />
      </td>
      <td data-label="Last outreach" data-testid="advocate-last-outreach">
        {advocate.lastOutreachAt ? <Time iso={advocate.lastOutreachAt} /> : 'never'}
      </td>
      {canReach ? (
        <ActionsCell>
          <button
            type="button"
            className="button button-small"
            aria-label={`Reach out to ${advocate.name}`}
            onClick={() => onReach(advocate)}
          >
            Reach out
          </button>
        </ActionsCell>
      ) : null}
    </tr>
  );
}

/** Members › Advocates: who helped others most in 90 days, and when staff last thanked them. */
export function AdvocatesPage() {
  const me = useCurrentUser();
  const canReach = canMessageMembers(me.role);
  const advocates = useAdvocates();
  const [message, report] = useFlash();
  const [reaching, setReaching] = useState<Advocate | null>(null);
  const rows = advocates.data ?? [];
  return (
    <section data-testid="advocates-page">
      <PageHeader
        title="Advocates"
        documentTitle="Advocates · Members"
        description="The members who helped others most in the last 90 days: accepted answers first, then replies. Thank them, or invite them to a beta or the advocate programme."
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <ListStates
        query={advocates}
        loading="Loading advocates…"
        empty="Nobody has answered or replied to others in the last 90 days yet."
      />
      {rows.length > 0 ? (
        <DataTable
          caption="Members who helped most in 90 days"
          columns={['Name', 'Stage', 'Accepted answers', 'Replies', 'Last helped', 'Last outreach']}
          actions={canReach}
          testId="advocates-table"
          busy={advocates.isFetching}
        >
          {rows.map((advocate) => (
            <AdvocateRow key={advocate.id} advocate={advocate} canReach={canReach} onReach={setReaching} />
          ))}
        </DataTable>
      ) : null}
      {reaching ? (
        <MessageMemberDialog
          member={reaching}
          kind="outreach"
          onClose={() => setReaching(null)}
          onSent={() => report(`Message sent to ${reaching.name}.`)}
        />
      ) : null}
    </section>
  );
}
