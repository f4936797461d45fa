const sampleOrder = `{"orderId":"1042","email":"ana@example.org","name":"Ana Costa","country":"PT",
 "items":[{"name":"Lumo One","quantity":1}],"amountCents":12900,"currency":"EUR",
 "purchasedAt":"2026-05-04T10:12:00Z"}`;

function shellSample(url: string): string {
  return [
    `body='${sampleOrder.replaceAll('\n', '')}'`,
    't=$(date +%s)',
    `sig=$(printf '%s.%s' "$t" "$body" | openssl dgst -sha256 -hmac "$STORE_SECRET" -r | cut -d' ' -f1)`,
    `curl -X POST '${url}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "Hearth-Signature: t=$t,v1=$sig" \\`,
    `  --data "$body"`,
  ].join('\n');
}

const nodeSample = `import { createHmac } from 'node:crypto';

/** Reports one order; a 200 means Hearth stored it (or already had it). */
async function reportOrder(webhookUrl, secret, order) {
  const body = JSON.stringify(order); // the signature covers exactly these bytes
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(t + '.' + body).digest('hex');
  const headers = { 'content-type': 'application/json', 'hearth-signature': 't=' + t + ',v1=' + v1 };
  const response = await fetch(webhookUrl, { method: 'POST', headers, body });
  if (!response.ok) throw new Error((await response.json()).error.message);
  return response.json(); // { purchaseId, memberId, duplicate, welcomed }
}`;

/** The exact recipe a store's developer needs: header, HMAC input, the body and the answers. */
export function SigningHelp({ url }: { url: string | undefined }) {
  return (
    <section
      className="card section store-help signing-help"
      aria-labelledby="signing-title"
      data-testid="store-signing-help"
    >
      <h2 id="signing-title">How a store reports an order</h2>
      <ol>
        <li>
          Write the order as JSON: <code>orderId</code>, <code>email</code>, <code>name</code>,{' '}
          <code>items</code> (each <code>name</code> and <code>quantity</code>), <code>amountCents</code>,{' '}
          <code>currency</code> (like <code>EUR</code>), <code>purchasedAt</code> (ISO 8601 with a time zone)
          and, if known, <code>country</code> (like <code>PT</code>).
        </li>
        <li>
          Take the current Unix time in seconds, <code>t</code>, and compute the HMAC-SHA256 of <code>t</code>
          , a dot, and the exact bytes of the body, keyed with the store’s secret, as lowercase hex.
        </li>
        <li>
          POST the body to the store’s webhook address with <code>Content-Type: application/json</code> and
          the header <code>Hearth-Signature: t=&lt;t&gt;,v1=&lt;hex&gt;</code>.
        </li>
      </ol>
      <p className="muted">
        Hearth answers 200 once the order is stored (the same <code>orderId</code> again answers 200 and is
        stored once), 400 with the fields for an invalid order, 401 for a missing or wrong signature or a
        timestamp more than 5 minutes off, and 409 for a request it already received (sign every attempt
        anew). During a rotation both the new and the previous secret work.
      </p>
      <h3>With a shell</h3>
      <pre className="code-block">
        <code>{shellSample(url ?? 'https://hearth.example/api/onboarding/stores/<store id>/orders')}</code>
      </pre>
      <h3>With Node.js</h3>
      <pre className="code-block">
        <code>{nodeSample}</code>
      </pre>
    </section>
  );
}
