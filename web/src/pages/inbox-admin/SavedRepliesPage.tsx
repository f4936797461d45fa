import { useState } from 'react';
import { useDeleteReply, useSavedReplies } from '../../api/inbox-admin.ts';
import type { SavedReply } from '../../api/inbox-admin.ts';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { ActionsCell, DataTable } from '../../components/DataTable.tsx';
import { DeleteDialog, ListFeedback, ListStates, useListReport } from './ListPage.tsx';
import { SavedReplyDialog, TEMPLATE_VARIABLES } from './SavedReplyDialog.tsx';

type Editing = { reply: SavedReply | null } | null;

/** Inbox settings › Saved replies: answers agents reuse, with the member's and agent's names filled in. */
export function SavedRepliesPage() {
  const replies = useSavedReplies();
  const remove = useDeleteReply();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<SavedReply | null>(null);
  const { message, error, report } = useListReport();
  const items = replies.data ?? [];

  return (
    <section data-testid="inbox-replies-page">
      <PageHeader
        title="Saved replies"
        documentTitle="Saved replies · Inbox settings"
        description="Answers agents insert and adjust. Variables are filled in for each conversation; an unknown one stays visible so the agent notices it."
        actions={
          <button type="button" className="button button-primary" onClick={() => setEditing({ reply: null })}>
            New saved reply
          </button>
        }
      />
      <p className="variable-hint">
        Variables:{' '}
        {TEMPLATE_VARIABLES.map((variable, index) => (
          <span key={variable.name}>
            {index > 0 ? ', ' : ''}
            <code>{`{{${variable.name}}}`}</code> ({variable.means})
          </span>
        ))}
        .
      </p>
      <ListFeedback message={message} error={error} />
      <ListStates query={replies} loading="Loading saved replies…" empty="No saved replies yet." />
      {items.length > 0 ? (
        <DataTable
          caption="Saved replies"
          columns={['Title', 'Reply', 'Updated']}
          actions
          testId="saved-replies-table"
        >
          {items.map((reply) => (
            <tr key={reply.id} data-testid="saved-reply-row">
              <td data-label="Title">{reply.title}</td>
              <td data-label="Reply" className="cell-break">
                <span className="reply-excerpt">{reply.body}</span>
              </td>
              <td data-label="Updated">
                <Time iso={reply.updatedAt} relative />
              </td>
              <ActionsCell>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Edit ${reply.title}`}
                  onClick={() => setEditing({ reply })}
                >
                  Edit
                </button>{' '}
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  aria-label={`Delete ${reply.title}`}
                  onClick={() => setDeleting(reply)}
                >
                  Delete
                </button>
              </ActionsCell>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {editing ? (
        <SavedReplyDialog
          reply={editing.reply}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            report(`${saved.title} ${editing.reply ? 'saved' : 'created'}.`);
          }}
        />
      ) : null}
      {deleting ? (
        <DeleteDialog
          target={deleting}
          mutation={remove}
          name={deleting.title}
          what="reply"
          testId="delete-reply-dialog"
          description={<p>Agents can no longer insert it. Replies already sent with it stay as they are.</p>}
          onClose={() => setDeleting(null)}
          onDeleted={report}
        />
      ) : null}
    </section>
  );
}
