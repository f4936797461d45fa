// How mentions reach each kind of source: signing a webhook request, forwarding mail, importing a file.
import type { ListeningSource } from '../../api/listening.ts';
import { CopyField } from '../../components/Bits.tsx';

const SAMPLE_BODY =
  '{"mentions":[{"id":"post-1042","text":"Is the Lumo X2 down for anyone else?","author":{"handle":"dana"},"url":"https://example.com/p/1042","publishedAt":"2025-01-31T09:30:00Z"}]}';

function shellSample(endpoint: string): string {
  return `SECRET='whsec_…'            # the source's signing secret
URL='${endpoint}'
BODY='${SAMPLE_BODY}'
T=$(date +%s)
SIG=$(printf '%s.%s' "$T" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')
curl -sS "$URL" -H 'content-type: application/json' \\
  -H "Hearth-Signature: t=$T,v1=$SIG" --data "$BODY"`;
}

/** How another system signs what it posts to a webhook source (the inbox's API channels sign the same way). */
export function WebhookHelp({
  endpoint,
  headingLevel = 3,
}: {
  endpoint: string | null;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section
      className="source-help signing-help"
      aria-label="How to sign a request"
      data-testid="webhook-help"
    >
      <Heading>How to sign a request</Heading>
      <ol>
        <li>
          Take the Unix time in seconds, <code>t</code>, and the exact body you will send.
        </li>
        <li>
          Compute the HMAC-SHA256 of <code>&lt;t&gt;.&lt;raw body&gt;</code> (the timestamp, a dot, then the
          body) with the source’s secret, as lowercase hex.
        </li>
        <li>
          Send it in the header <code>Hearth-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code>.
        </li>
      </ol>
      <p className="muted">
        Post one mention, or up to 1,000 as <code>mentions</code>. Only <code>text</code> is required;{' '}
        <code>id</code> keeps a mention from being stored twice. Hearth answers 202 once the mentions are
        stored; a wrong signature, or a timestamp more than 5 minutes off, is refused with 401.
      </p>
      <Sub>With a shell</Sub>
      <pre className="code-block">
        <code>
          {shellSample(endpoint ?? 'https://hearth.example/api/listening/sources/<source id>/mentions')}
        </code>
      </pre>
    </section>
  );
}

/** Where to forward mail, or what is missing for Hearth to receive it. */
export function EmailHelp({ source }: { source: Pick<ListeningSource, 'address'> }) {
  if (!source.address)
    return (
      <div className="alert alert-warning source-help" data-testid="email-help">
        <p>
          Hearth does not receive email yet, so this source has no address. Set{' '}
          <code>INBOUND_MAIL_ADDRESS</code> in Hearth’s configuration (the address your mail server hands to
          Hearth), restart it, and the forwarding address appears here.
        </p>
      </div>
    );
  return (
    <div className="source-help" data-testid="email-help">
      <CopyField label="Forwarding address" value={source.address} testId="source-address" />
      <p className="muted">
        Forward alerts, newsletters or messages here (Google Alerts, a monitoring service, a mailbox rule).
        Each email becomes a mention; its sender is the author.
      </p>
    </div>
  );
}

/** How to load a file into an import source: upload it here, or use the command line. */
export function ImportHelp({ source }: { source: Pick<ListeningSource, 'name'> }) {
  const name = source.name.replaceAll('"', '\\"');
  return (
    <div className="source-help" data-testid="import-help">
      <p>
        Upload a file with <strong>Import a file</strong> on this page, or from the command line on the server
        Hearth runs on:
      </p>
      <pre className="code-block">
        <code>{`hearth import mentions FILE --source "${name}"`}</code>
      </pre>
      <p className="muted">
        Add <code>--url https://your-hearth --token &lt;API token&gt;</code> to send it to a running Hearth.
        The file is a CSV with a header row and a <code>text</code> column (also <code>id</code>,{' '}
        <code>url</code>, <code>title</code>, <code>author</code>, <code>handle</code>, <code>platform</code>,{' '}
        <code>published_at</code>), or JSON lines with one mention per line as a webhook sends it, in UTF-8.
        Importing the same file twice stores each mention once; a bad row is reported by its line and the rest
        are imported.
      </p>
    </div>
  );
}

/** What happens with a feed. */
export function FeedHelp({ source }: { source: Pick<ListeningSource, 'url' | 'pollIntervalMinutes'> }) {
  return (
    <div className="source-help" data-testid="feed-help">
      <p>
        Hearth reads {source.url ? <code className="cell-break">{source.url}</code> : 'the feed'} every{' '}
        {source.pollIntervalMinutes} minutes; the first read happens within a minute. New entries become
        mentions.
      </p>
    </div>
  );
}
