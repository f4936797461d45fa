import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { PageHeader } from '../../components/Bits.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';

interface EditorItemProps<T> {
  /** The id in the address; none for a new item. */
  id: string | undefined;
  /** The list the item is read from (there is no endpoint for one). */
  list: UseQueryResult<T[]>;
  loading: string;
  /** For an id the list does not hold: it may have been deleted meanwhile. */
  missing: { title: string; documentTitle: string; back: string; backTo: string };
  /** The form; keyed by the item's id by the caller, so its draft starts again for another one. */
  children: (item: T | null) => ReactNode;
}

/** An editor page (routing rule, SLA policy) finds its item in the list before the form starts. */
export function EditorItem<T extends { id: string }>({
  id,
  list,
  loading,
  missing,
  children,
}: EditorItemProps<T>) {
  if (!id) return children(null);
  if (list.isPending) return <Loading label={loading} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const item = list.data.find((candidate) => candidate.id === id);
  if (!item)
    return (
      <section className="status-page">
        <PageHeader title={missing.title} documentTitle={missing.documentTitle} />
        <p>
          It may have been deleted. <Link to={missing.backTo}>{missing.back}</Link>
        </p>
      </section>
    );
  return children(item);
}
