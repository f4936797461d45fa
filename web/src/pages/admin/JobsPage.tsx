import { useState } from 'react';
import { useFailedJobs, useRetryJob } from '../../api/admin.ts';
import type { Job } from '../../api/types.ts';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { ActionsCell, DataTable } from '../../components/DataTable.tsx';
import { errorMessage, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 140 ? `${line.slice(0, 140)}…` : line;
}

function LastError({ error }: { error: string | null }) {
  if (!error) return <span className="muted">No error recorded</span>;
  const summary = firstLine(error);
  if (summary === error) return <code className="error-text">{error}</code>;
  return (
    <details className="error-details">
      <summary>
        <code className="error-text">{summary}</code>
      </summary>
      <pre>{error}</pre>
    </details>
  );
}

export function JobsPage() {
  const jobs = useFailedJobs();
  const retry = useRetryJob();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);

  function onRetry(job: Job) {
    setFailure(null);
    retry.mutate(job, {
      onSuccess: () => setMessage(`“${job.name}” was queued to run again.`),
      onError: (error) => setFailure({ id: job.id, message: errorMessage(error) }),
    });
  }

  const items = jobs.data ?? [];

  return (
    <section data-testid="admin-jobs-page">
      <PageHeader
        title="Failed jobs"
        documentTitle="Jobs · Admin"
        description="Background work that failed after all its retries, such as emails that could not be sent."
        actions={
          <button
            type="button"
            className="button"
            onClick={() => void jobs.refetch()}
            disabled={jobs.isFetching}
          >
            Refresh
          </button>
        }
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      {jobs.isPending ? <Loading label="Loading failed jobs…" /> : null}
      {jobs.isError ? <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} /> : null}
      {jobs.isSuccess && items.length === 0 ? (
        <p className="empty-inline">No failed jobs. Everything in the background is running fine.</p>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption="Failed jobs"
          columns={['Job', 'Created', 'Retries', 'Last error']}
          actions
          testId="jobs-table"
        >
          {items.map((job) => (
            <tr key={job.id} data-testid="job-row">
              <td data-label="Job">
                <code>{job.name}</code>
              </td>
              <td data-label="Created">
                <Time iso={job.createdOn} />
              </td>
              <td data-label="Retries">{job.retryCount}</td>
              <td data-label="Last error" className="cell-break">
                <LastError error={job.lastError} />
              </td>
              <ActionsCell error={failure?.id === job.id ? failure.message : undefined}>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Retry job ${job.name} (${job.id})`}
                  disabled={retry.isPending && retry.variables.id === job.id}
                  onClick={() => onRetry(job)}
                >
                  Retry
                </button>
              </ActionsCell>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
