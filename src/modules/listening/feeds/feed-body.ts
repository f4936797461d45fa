import { TextDecoder } from 'node:util';

/**
 * Reads a response body chunk by chunk and gives up once it passes `maxBytes`, so a huge (or
 * endless, or decompression-bomb) body never sits in memory whole. Null means "too large".
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Tells the server to stop sending instead of draining the rest of the body.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** `charset` from a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The `encoding=` of an `<?xml ...?>` declaration, read as ASCII from the first bytes. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const encoding = match?.[1] ?? null;
  // The declaration was just read as ASCII, so a "UTF-16" in it (without a byte order mark) is wrong.
  return encoding && /^utf-?16/i.test(encoding) ? null : encoding;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal: false });
  } catch {
    // An unknown label: fall through to the next source of truth rather than fail the feed.
    return null;
  }
}

/**
 * The body as text. Order of authority: byte order mark, then the Content-Type charset (RFC 7303
 * lets it override the document), then the XML declaration, then UTF-8. Any label TextDecoder
 * knows is accepted (ISO-8859-1 maps to windows-1252, as browsers do). Never throws: bytes that
 * are not valid in the encoding become U+FFFD.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null): string {
  const decoder =
    decoderFor(byteOrderMark(bytes)) ??
    decoderFor(charsetFromContentType(contentType)) ??
    decoderFor(xmlDeclaredEncoding(bytes)) ??
    new TextDecoder('utf-8', { fatal: false });
  return decoder.decode(bytes);
}
