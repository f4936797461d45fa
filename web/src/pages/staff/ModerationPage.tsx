import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/keys.ts';
import { useModerationQueue, useReviewPost } from '../../api/staff.ts';
import type { ModerationItem, ReviewAction } from '../../api/types.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader } from '../../components/Bits.tsx';
import { errorMessage, LiveMessage, Loading } from '../../components/Feedback.tsx';
import { ModerationItemCard } from './ModerationItemCard.tsx';
import { QueueError } from './StaffAccess.tsx';

function outcome(item: ModerationItem, action: ReviewAction): string {
  const where = `“${item.thread.title}”`;
  if (action === 'hide') return `The post in ${where} is hidden and its flags are closed.`;
  if (action === 'unhide') return `The post in ${where} is visible again.`;
  return item.post.hidden && item.post.hiddenReason === 'flags'
    ? `Flags dismissed: the post in ${where} is visible again.`
    : `Flags dismissed on the post in ${where}.`;
}

/** After an item leaves the queue, focus goes to the next one (or the page heading), not nowhere. */
function focusAfterRemoval(nextPostId: string | undefined) {
  window.requestAnimationFrame(() => {
    const next = nextPostId
      ? document.querySelector<HTMLElement>(`[data-testid="moderation-item"][data-post-id="${nextPostId}"]`)
      : null;
    (next ?? document.querySelector<HTMLElement>('#main h1'))?.focus();
  });
}

/** Flagged posts waiting for a decision, oldest first; it updates as people flag and moderators act. */
export function ModerationPage() {
  const queue = useModerationQueue();
  const review = useReviewPost();
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState<{ postId: string; message: string } | null>(null);

  useLiveEvent('forum.flags_changed', () => {
    void client.invalidateQueries({ queryKey: queryKeys.moderationQueue });
  });

  const items = queue.data ?? [];

  function onReview(item: ModerationItem, action: ReviewAction) {
    setFailed(null);
    setMessage('');
    const index = items.findIndex((other) => other.post.id === item.post.id);
    const next = items[index + 1] ?? items[index - 1];
    review.mutate(
      { postId: item.post.id, action },
      {
        onSuccess: () => {
          setMessage(outcome(item, action));
          focusAfterRemoval(next?.post.id);
        },
        onError: (error) => setFailed({ postId: item.post.id, message: errorMessage(error) }),
      },
    );
  }

  return (
    <section data-testid="moderation-page">
      <PageHeader
        title="Moderation"
        documentTitle="Moderation · Staff"
        description="Posts people flagged, oldest first. Read the post and the reasons, then hide it or dismiss the flags."
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      {queue.isPending ? <Loading label="Loading the moderation queue…" /> : null}
      {queue.isError && !queue.data ? (
        <QueueError error={queue.error} who="moderators" onRetry={() => void queue.refetch()} />
      ) : null}
      {queue.isSuccess && items.length === 0 ? (
        <p className="empty-inline" data-testid="moderation-empty">
          Nothing to review. When members flag a post, it appears here with their reasons.
        </p>
      ) : null}
      {items.length > 0 ? (
        <div className="moderation-list">
          {items.map((item) => (
            <ModerationItemCard
              key={item.post.id}
              item={item}
              pending={review.isPending && review.variables.postId === item.post.id}
              error={failed?.postId === item.post.id ? failed.message : undefined}
              onReview={onReview}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
