import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys.ts';
import { UNANSWERED_LIMIT, useUnansweredQueue } from '../../api/staff.ts';
import type { UnansweredQuestion } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader, Time } from '../../components/Bits.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Feedback.tsx';
import { QueueError } from './StaffAccess.tsx';

function hours(count: number): string {
  return count === 1 ? '1 hour' : `${count} hours`;
}

function QuestionRow({ question }: { question: UnansweredQuestion }) {
  return (
    <tr data-testid="unanswered-row" data-thread-id={question.id} data-waiting={question.waiting}>
      <th scope="row" data-label="Question" className="cell-primary cell-break">
        <Link to={`/t/${encodeURIComponent(question.id)}`}>{question.title}</Link>
        {question.excerpt ? <p className="cell-note unanswered-excerpt">{question.excerpt}</p> : null}
      </th>
      <td data-label="Space">{question.space?.name ?? '—'}</td>
      <td data-label="Asked by">{question.author?.name ?? 'A former member'}</td>
      <td data-label="Waiting for">
        {question.waiting === 'no_reply' ? (
          <Badge tone="danger">A first reply</Badge>
        ) : (
          <Badge tone="warning">An accepted answer</Badge>
        )}
        {question.replyCount > 0 ? (
          <p className="cell-note">
            {question.replyCount === 1 ? '1 reply' : `${question.replyCount} replies`}
          </p>
        ) : null}
      </td>
      <td data-label="Asked">
        <Time iso={question.createdAt} relative />
      </td>
    </tr>
  );
}

/** Questions nobody has answered (or accepted an answer to) in time, oldest first. */
export function UnansweredPage() {
  const queue = useUnansweredQueue();
  const client = useQueryClient();
  useLiveEvent('forum.thread_changed', () => {
    void client.invalidateQueries({ queryKey: queryKeys.unansweredQueue });
  });
  const items = queue.data?.items ?? [];
  const afterHours = queue.data?.afterHours;

  return (
    <section data-testid="unanswered-page">
      <PageHeader
        title="Unanswered questions"
        documentTitle="Unanswered · Staff"
        description={
          afterHours === undefined
            ? 'Questions still waiting for a reply or an accepted answer, oldest first.'
            : `Questions nobody has replied to yet, and questions still without an accepted answer ${hours(afterHours)} after they were asked, oldest first. Nobody should feel ignored.`
        }
      />
      {queue.isPending ? <Loading label="Loading the questions…" /> : null}
      {queue.isError && !queue.data ? (
        <QueueError
          error={queue.error}
          who="staff and the moderators of question spaces"
          onRetry={() => void queue.refetch()}
        />
      ) : null}
      {queue.isSuccess && items.length === 0 ? (
        <p className="empty-inline" data-testid="unanswered-empty">
          Nothing is waiting: every question has a reply, and those older than {hours(afterHours ?? 0)} have
          an accepted answer.
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <DataTable
            caption="Unanswered questions, oldest first"
            columns={['Question', 'Space', 'Asked by', 'Waiting for', 'Asked']}
            testId="unanswered-table"
            busy={queue.isFetching}
          >
            {items.map((question) => (
              <QuestionRow key={question.id} question={question} />
            ))}
          </DataTable>
          {items.length >= UNANSWERED_LIMIT ? (
            <p className="muted small">Showing the {UNANSWERED_LIMIT} oldest; answer some to see more.</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
