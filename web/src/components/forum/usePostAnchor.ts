import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import type { ThreadPage } from '../../api/types.ts';

const POST_HASH = /^#post-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The id of the post that a `#post-<id>` address points at, if it names one. */
export function postInHash(hash: string): string | undefined {
  return POST_HASH.exec(hash)?.[1];
}

/**
 * Scrolls to the post that `#post-<id>` names and focuses it, once the page holding it is on screen.
 * Without an explicit ?page= the thread page asks the server for the page that holds the post, so
 * links from emails and notifications land on the right page. `settled`: `data` is the page asked
 * for, not the previous one shown while it loads.
 */
export function usePostAnchor(data: ThreadPage | undefined, settled: boolean) {
  const { hash } = useLocation();
  const handled = useRef('');
  useEffect(() => {
    const postId = postInHash(hash);
    if (!postId || !data || !settled) return;
    const key = `${postId}@${data.page}`;
    if (handled.current === key) return;
    // After this commit's other effects: the shell moves focus to the heading on navigation.
    const frame = window.requestAnimationFrame(() => {
      handled.current = key;
      const target = document.getElementById(`post-${postId}`);
      if (!target) return;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [data, hash, settled]);
}
