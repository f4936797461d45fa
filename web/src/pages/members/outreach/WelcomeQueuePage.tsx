import { useState } from 'react';
import { Link } from 'react-router';
import { useWelcomeQueue } from '../../../api/members-outreach.ts';
import type { WelcomeItem } from '../../../api/members-outreach.ts';
import { useCurrentUser } from '../../../app/guards.tsx';
import { PageHeader, Time } from '../../../components/Bits.tsx';
import { ActionsCell, DataTable } from '../../../components/DataTable.tsx';
import { LiveMessage } from '../../../components/Feedback.tsx';
import { useFlash } from '../../inbox-admin/flash.ts';
import { ListStates } from '../../inbox-admin/ListPage.tsx';
import { canMessageMembers } from '../access.ts';
import { internalPath, memberPath } from '../labels.ts';
import { MessageMemberDialog } from './MessageMemberDialog.tsx';

function FirstActivity({ item }: { item: WelcomeItem }) {
  const first = item.firstActivity;
  if (!first) return <span className="muted">Nothing yet</span>;
  const path = internalPath(first);
  return (
    <>
      {path ? <Link to={path}>{first.title}</Link> : first.title}{' '}
      <span className="muted small">
        <Time iso={first.at} relative />
      </span>
    </>
  );
}

function WelcomeRow({
  item,
  canGreet,
  onGreet,
}: {
  item: WelcomeItem;
  canGreet: boolean;
  onGreet: (item: WelcomeItem) => void;
}) {
  return (
    <tr data-testid="welcome-row" data-member-id={item.id}>
      <th scope="row" data-label="Name" className="cell-primary cell-break">
        <Link to={memberPath(item)}>{item.name}</Link>
      </th>
      <td data-label="Arrived">
        <Time iso={item.createdAt} relative />
      </td>
      <td data-label="First did" className="cell-break" data-testid="welcome-first">
        <FirstActivity item={item} />
      </td>
      {canGreet ? (
        <ActionsCell>
          <button
            type="button"
            className="button button-small"
            aria-label={`Greet ${item.name}`}
            onClick={() => onGreet(item)}
          >
            Greet
          </button>
        </ActionsCell>
      ) : null}
    </tr>
  );
}

/** Members › Welcome queue: newcomers nobody on staff has greeted yet, waiting longest first. */
export function WelcomeQueuePage() {
  const me = useCurrentUser();
  const canGreet = canMessageMembers(me.role);
  const queue = useWelcomeQueue();
  const [message, report] = useFlash();
  const [greeting, setGreeting] = useState<WelcomeItem | null>(null);
  const rows = queue.data ?? [];
  return (
    <section data-testid="welcome-queue-page">
      <PageHeader
        title="Welcome queue"
        documentTitle="Welcome queue · Members"
        description="People who joined in the last 30 days and whom nobody on staff has greeted yet, waiting longest first. A greeting takes them off the list."
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <ListStates query={queue} loading="Loading the welcome queue…" empty="Everyone new has been greeted." />
      {rows.length > 0 ? (
        <DataTable
          caption="Newcomers not greeted yet, waiting longest first"
          columns={['Name', 'Arrived', 'First did']}
          actions={canGreet}
          testId="welcome-table"
          busy={queue.isFetching}
        >
          {rows.map((item) => (
            <WelcomeRow key={item.id} item={item} canGreet={canGreet} onGreet={setGreeting} />
          ))}
        </DataTable>
      ) : null}
      {greeting ? (
        <MessageMemberDialog
          member={greeting}
          kind="greeting"
          firstDid={greeting.firstActivity?.title ?? null}
          onClose={() => setGreeting(null)}
          onSent={() => report(`Greeted ${greeting.name}.`)}
          onAlreadyGreeted={() =>
            report(`Someone greeted ${greeting.name} already: they have left the queue.`)
          }
          fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
        />
      ) : null}
    </section>
  );
}
