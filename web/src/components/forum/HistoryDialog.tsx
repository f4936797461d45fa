import { usePostRevisions } from '../../api/forum.ts';
import type { Post } from '../../api/types.ts';
import { Time } from '../Bits.tsx';
import { Dialog } from '../Dialog.tsx';
import { Loading, QueryError } from '../Feedback.tsx';

/** Earlier versions of a post, newest first (staff and moderators). */
export function HistoryDialog({ post, onClose }: { post: Post; onClose: () => void }) {
  const revisions = usePostRevisions(post.id);
  const items = revisions.data ?? [];
  return (
    <Dialog
      title={`Edit history of post #${post.number}`}
      description="What the post said before each edit, newest first."
      onClose={onClose}
      testId="history-dialog"
    >
      {revisions.isPending ? <Loading label="Loading the history…" /> : null}
      {revisions.isError ? (
        <QueryError error={revisions.error} onRetry={() => void revisions.refetch()} />
      ) : null}
      {revisions.isSuccess && items.length === 0 ? <p className="muted">No earlier versions.</p> : null}
      <ol className="revision-list">
        {items.map((revision) => (
          <li key={revision.createdAt} className="revision">
            <p className="small muted">
              Replaced <Time iso={revision.createdAt} />
              {revision.editor ? ` by ${revision.editor.name}` : ''}
              {revision.reason ? ` · “${revision.reason}”` : ''}
            </p>
            {revision.title ? (
              <p>
                <strong>Title was:</strong> {revision.title}
              </p>
            ) : null}
            <pre className="revision-body">{revision.bodyMarkdown}</pre>
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
