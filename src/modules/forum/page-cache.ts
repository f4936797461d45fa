import { gzipSync } from 'node:zlib';
import type { LiveHub } from '../../live/index.ts';

export interface CachedPage {
  body: Buffer;
  /** The same bytes gzipped once, for the browsers (all of them) that accept it. */
  gzip: Buffer;
  etag: string;
}

/**
 * Serialised thread pages for visitors who are not signed in: they all see the same bytes. Any
 * change on any node empties it: a write here clears it before its response is sent, and every
 * live event (NOTIFY, so from other nodes too) clears it again. Correctness over hit rate.
 */
export class AnonymousPageCache {
  private readonly pages = new Map<string, CachedPage>();
  private generation = 0;

  constructor(private readonly capacity = 1000) {}

  watch(hub: LiveHub): () => void {
    return hub.observe((event) => {
      if (!event.type.startsWith('notifications.')) this.clear();
    });
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Map order is insertion order: re-inserting keeps the most used pages last.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  /** A page computed before a clear must not be stored after it: the generation tells. */
  begin(): number {
    return this.generation;
  }

  set(key: string, body: string, since: number): CachedPage {
    // Encoded once: re-encoding ~70 kB of text to UTF-8 on every hit was most of a hit's cost.
    const bytes = Buffer.from(body);
    const page = {
      body: bytes,
      gzip: gzipSync(bytes, { level: 6 }),
      etag: `W/"${this.generation.toString(36)}-${hash(body)}"`,
    };
    if (since !== this.generation) return page;
    this.pages.set(key, page);
    if (this.pages.size > this.capacity) this.pages.delete(this.pages.keys().next().value as string);
    return page;
  }

  clear(): void {
    this.generation += 1;
    this.pages.clear();
  }
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length.toString(36);
}
