// How another system signs what it posts (src/modules/inbox/signature.ts): the exact bytes of the
// body, prefixed by a Unix timestamp and a dot, HMAC-SHA256 with the channel's secret, in hex.

const SHELL = `SECRET='whsec_…'            # the channel's signing secret
URL='https://hearth.example/api/inbox/channels/<channel id>/messages'
BODY='{"conversationId":"order-1042","messageId":"m-1","subject":"Refund","text":"I was charged twice.","from":{"name":"Dana","address":"dana@example.com"}}'
T=$(date +%s)
SIG=$(printf '%s.%s' "$T" "$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.*= //')
curl -sS "$URL" -H 'content-type: application/json' \\
  -H "Hearth-Signature: t=$T,v1=$SIG" --data "$BODY"`;

const NODE = `import { createHmac } from 'node:crypto';

const body = JSON.stringify(message); // sign exactly the bytes you send
const t = Math.floor(Date.now() / 1000);
const v1 = createHmac('sha256', secret).update(\`\${t}.\${body}\`).digest('hex');
await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'hearth-signature': \`t=\${t},v1=\${v1}\` },
  body,
});`;

export function SigningHelp() {
  return (
    <section
      className="card section signing-help"
      aria-labelledby="signing-help-title"
      data-testid="signing-help"
    >
      <h2 id="signing-help-title">How to sign a request</h2>
      <ol>
        <li>
          Take the Unix time in seconds, <code>t</code>, and the exact body you will send.
        </li>
        <li>
          Compute the HMAC-SHA256 of <code>t.body</code> (the timestamp, a dot, then the body) with the
          channel’s secret, as lowercase hex.
        </li>
        <li>
          Send it in the header <code>Hearth-Signature: t=&lt;t&gt;,v1=&lt;hex&gt;</code>.
        </li>
      </ol>
      <p className="muted">
        Hearth answers 202 when it has stored the message. A timestamp more than 5 minutes away from the
        server’s clock, or a wrong signature, is refused with 401; the same signed request twice with 409.
        While you switch to a rotated secret, both are accepted (a header may carry several <code>v1=</code>{' '}
        values). The same <code>messageId</code> is stored once; messages with the same{' '}
        <code>conversationId</code> form one conversation.
      </p>
      <h3>With a shell</h3>
      <pre className="code-block">
        <code>{SHELL}</code>
      </pre>
      <h3>With Node.js</h3>
      <pre className="code-block">
        <code>{NODE}</code>
      </pre>
    </section>
  );
}
