import { useEffect, useState } from 'react';
import { useRawMail } from '../../api/inbox-admin.ts';
import type { RawMail } from '../../api/inbox-admin.ts';
import { PageHeader, Time } from '../../components/Bits.tsx';
import { ActionsCell, DataTable } from '../../components/DataTable.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A link that downloads the message exactly as received. The API sends one Latin-1 character per
 * byte, so each character's code is the byte; the blob URL is released when the row goes away.
 */
function DownloadLink({ mail }: { mail: RawMail }) {
  const [href, setHref] = useState('');
  useEffect(() => {
    const bytes = Uint8Array.from(mail.raw, (char) => char.charCodeAt(0) & 0xff);
    const url = URL.createObjectURL(new Blob([bytes], { type: 'message/rfc822' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [mail.raw]);
  if (!href) return null;
  return (
    <a
      className="button button-small"
      href={href}
      download={`raw-mail-${mail.receivedAt.slice(0, 10)}-${mail.id.slice(0, 8)}.eml`}
      aria-label={`Download the message received ${mail.receivedAt} (${formatBytes(mail.bytes)})`}
    >
      Download .eml
    </a>
  );
}

/** Inbox settings › Raw mail (admins): inbound mail Hearth could not read, kept byte for byte. */
export function RawMailPage() {
  const mail = useRawMail();
  const items = mail.data ?? [];
  return (
    <section data-testid="inbox-raw-mail-page">
      <PageHeader
        title="Raw mail"
        documentTitle="Raw mail · Inbox settings"
        description="Inbound messages Hearth could not read are kept as received, so nothing sent to you is lost. They may hold anything: only admins see them. The newest 100 are listed."
      />
      {mail.isPending ? <Loading label="Loading raw mail…" /> : null}
      {mail.isError ? <QueryError error={mail.error} onRetry={() => void mail.refetch()} /> : null}
      {mail.isSuccess && items.length === 0 ? (
        <p className="empty-inline">No unreadable mail: every message received could be read.</p>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption="Unreadable inbound mail, newest first"
          columns={['Received', 'From', 'Size', 'Why it could not be read']}
          actions
          testId="raw-mail-table"
        >
          {items.map((item) => (
            <tr key={item.id} data-testid="raw-mail-row">
              <td data-label="Received">
                <Time iso={item.receivedAt} />
              </td>
              <td data-label="From" className="cell-break">
                {item.envelopeFrom ?? <span className="muted">No sender</span>}
                {item.remoteAddress ? <p className="cell-note">from {item.remoteAddress}</p> : null}
              </td>
              <td data-label="Size" className="numeric">
                {formatBytes(item.bytes)}
              </td>
              <td data-label="Why it could not be read" className="cell-break">
                {item.error}
              </td>
              <ActionsCell>
                <DownloadLink mail={item} />
              </ActionsCell>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
