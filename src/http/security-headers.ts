import { randomBytes } from 'node:crypto';

/**
 * Security headers, computed once. JSON replies get a CSP that allows nothing at all; only the
 * HTML page gets a policy with fresh nonces. Building a policy per request (as helmet does for
 * nonces) cost most of the API's throughput, and an API reply has no use for a nonce.
 */
export interface SecurityHeaders {
  api: Record<string, string>;
  page(): { headers: Record<string, string>; nonce: { script: string; style: string } };
}

export function securityHeaders(https: boolean): SecurityHeaders {
  // A JSON reply is never rendered, so it needs only what stops it being sniffed, framed or read
  // cross-origin; the header block is written on every reply and its size shows in throughput.
  const hsts: Record<string, string> = https
    ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
    : {};
  // (frame-ancestors covers what X-Frame-Options did; a JSON reply has no links to leak referrers.)
  const api = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
    ...hsts,
  };
  const pageHeaders: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'x-dns-prefetch-control': 'off',
    'x-permitted-cross-domain-policies': 'none',
    ...hsts,
  };
  const pagePolicy = (script: string, style: string) =>
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${script}'`,
      "script-src-attr 'none'",
      `style-src 'self' 'nonce-${style}'`,
      // Members may embed images from https sites (Markdown ![](https://…)); nothing else loads from outside.
      "img-src 'self' data: https:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      ...(https ? ['upgrade-insecure-requests'] : []),
    ].join('; ');
  return {
    api,
    page: () => {
      const nonce = {
        script: randomBytes(16).toString('base64url'),
        style: randomBytes(16).toString('base64url'),
      };
      return {
        headers: { ...pageHeaders, 'content-security-policy': pagePolicy(nonce.script, nonce.style) },
        nonce,
      };
    },
  };
}
