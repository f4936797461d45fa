import { Link } from 'react-router';

/** Previous / next links between the pages of a thread. */
export function Pagination({ base, page, pageCount }: { base: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const to = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <nav className="pagination" aria-label="Pages of this thread">
      {page > 1 ? (
        <Link className="button button-small" to={to(page - 1)} rel="prev">
          Previous page
        </Link>
      ) : null}
      <span className="pagination-status" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="button button-small" to={to(page + 1)} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
