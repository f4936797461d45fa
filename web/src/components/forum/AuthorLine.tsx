import { Link } from 'react-router';
import type { ForumAuthor } from '../../api/types.ts';
import { roleLabel } from '../../lib/roles.ts';
import { RecognitionBadge } from '../members/Recognition.tsx';

/**
 * "Name @handle" linking to the profile, with a staff badge, the role for everyone else, and for
 * staff who read members a "Regular"/"Advocate" badge when the page provides stages.
 */
export function AuthorLine({ author }: { author: ForumAuthor | null }) {
  if (!author) return <span className="author-line muted">A former member</span>;
  return (
    <span className="author-line">
      <Link className="author-name" to={`/people/${encodeURIComponent(author.handle)}`}>
        {author.name}
      </Link>
      <span className="muted small author-handle">@{author.handle}</span>
      {author.staff ? (
        <span className="badge badge-staff" data-testid="staff-badge">
          Staff
        </span>
      ) : null}
      <RecognitionBadge memberId={author.id} />
      {author.role !== 'staff' ? (
        <span className="muted small author-role">{roleLabel(author.role)}</span>
      ) : null}
    </span>
  );
}
