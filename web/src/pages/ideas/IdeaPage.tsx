import { useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client.ts';
import { ideaKeys, useFollow, useIdea } from '../../api/ideas.ts';
import type { Idea } from '../../api/ideas.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { FormError, LiveMessage, Loading, Notice, QueryError } from '../../components/Feedback.tsx';
import { PostHtml } from '../../components/forum/PostHtml.tsx';
import { BudgetNote, StatusBadge, VoteButton } from '../../components/ideas/IdeaBits.tsx';
import { isOpenStatus } from '../../components/ideas/IdeaListItem.tsx';
import { IdeaComments, IdeaHistory, IdeaVoters, SourceLink } from './IdeaDetails.tsx';
import { MergeIdeaDialog } from './MergeIdeaDialog.tsx';
import { StatusDialog } from './StatusDialog.tsx';
import '../../styles/ideas.css';

/** An idea: votes, status and official response, history, voters (staff), comments and staff tools. */
export function IdeaPage() {
  const { id = '' } = useParams();
  const idea = useIdea(id);
  const location = useLocation();
  const client = useQueryClient();
  useLiveEvent('ideas.changed', ({ ideaIds }) => {
    if (ideaIds.includes(id)) void client.invalidateQueries({ queryKey: ideaKeys.one(id) });
  });
  if (idea.isPending) return <Loading label="Loading the idea…" />;
  if (idea.isError) {
    const notFound = isApiError(idea.error) && (idea.error.status === 404 || idea.error.status === 400);
    return (
      <section data-testid="idea-not-found">
        <PageHeader title={notFound ? 'Idea not found' : 'Idea not available'} />
        {notFound ? <p>It does not exist, or its board is not open to you.</p> : null}
        {notFound ? null : <QueryError error={idea.error} onRetry={() => void idea.refetch()} />}
        <p>
          <Link to="/community">Back to the community</Link>
        </p>
      </section>
    );
  }
  // The old address of a merged duplicate leads to the idea it went into.
  if (idea.data.id !== id)
    return <Navigate to={`/ideas/${idea.data.id}`} replace state={{ mergedFrom: idea.data.mergedFrom }} />;
  const mergedFrom = (location.state as { mergedFrom?: Idea['mergedFrom'] } | null)?.mergedFrom ?? null;
  return <IdeaView idea={idea.data} mergedFrom={mergedFrom} />;
}

function IdeaView({ idea, mergedFrom }: { idea: Idea; mergedFrom: Idea['mergedFrom'] }) {
  const follow = useFollow(idea.id);
  const [dialog, setDialog] = useState<'status' | 'merge' | null>(null);
  const [message, setMessage] = useState('');
  return (
    <article className="idea-page" data-testid="idea-page" data-idea-id={idea.id}>
      <p className="breadcrumbs">
        <Link to="/community">Community</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/c/${idea.board.slug}`}>{idea.board.name}</Link>
      </p>
      {mergedFrom ? (
        <Notice testId="idea-merged-notice">“{mergedFrom.title}” was merged into this idea.</Notice>
      ) : null}
      <div className="idea-head">
        <VoteButton idea={idea} board={idea.board} canVote={idea.can.vote && isOpenStatus(idea.status)} />
        <PageHeader
          title={idea.title}
          documentTitle={`${idea.title} · Ideas`}
          description={
            <span>
              <StatusBadge status={idea.status} /> Suggested by {idea.author?.name ?? 'someone'}{' '}
              <Time iso={idea.createdAt} relative />
              {idea.source ? (
                <>
                  {' · '}
                  <SourceLink source={idea.source} />
                </>
              ) : null}
            </span>
          }
          actions={
            <span className="idea-actions">
              {idea.can.follow ? (
                <button
                  type="button"
                  className="button button-small"
                  aria-pressed={idea.following}
                  disabled={follow.isPending}
                  onClick={() => follow.mutate(!idea.following)}
                >
                  {idea.following ? 'Following' : 'Follow'}
                </button>
              ) : null}
              {idea.can.manage ? (
                <>
                  <button type="button" className="button button-small" onClick={() => setDialog('status')}>
                    Set status
                  </button>
                  <button type="button" className="button button-small" onClick={() => setDialog('merge')}>
                    Merge…
                  </button>
                </>
              ) : null}
            </span>
          }
        />
      </div>
      <BudgetNote board={idea.board} />
      <FormError error={follow.error} />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <div className="idea-layout">
        <div className="idea-main">
          {idea.bodyHtml.trim() ? <PostHtml html={idea.bodyHtml} className="idea-body" /> : null}
          {idea.response ? (
            <section
              className="card idea-response"
              data-testid="idea-response"
              aria-label="Official response"
            >
              <p className="small">
                <StatusBadge status={idea.response.status} /> Official response
                {idea.response.by ? ` from ${idea.response.by.name}` : ''}{' '}
                <Time iso={idea.response.at} relative />
              </p>
              <PostHtml html={idea.response.html} />
            </section>
          ) : null}
          {idea.source?.excerpt ? (
            <blockquote className="idea-capture-quote" data-testid="idea-source-excerpt">
              {idea.source.excerpt}
            </blockquote>
          ) : null}
          <IdeaComments idea={idea} />
        </div>
        <aside className="idea-side" aria-label="About this idea">
          {idea.voters ? <IdeaVoters voters={idea.voters} /> : null}
          <IdeaHistory idea={idea} />
        </aside>
      </div>
      {dialog === 'status' ? (
        <StatusDialog
          idea={idea}
          onClose={() => setDialog(null)}
          onDone={(text) => {
            setDialog(null);
            setMessage(text);
          }}
        />
      ) : null}
      {dialog === 'merge' ? (
        <MergeIdeaDialog idea={idea} onClose={() => setDialog(null)} onMerged={() => setDialog(null)} />
      ) : null}
    </article>
  );
}
