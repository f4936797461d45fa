import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/** App paths that a link inside a post may open without a page load (mentions, thread links). */
const IN_APP = /^\/(people|t|c|search|community)(\/|\?|#|$)/;

export interface PostHtmlProps {
  /** HTML the server sanitised (Markdown rendered with raw HTML off, then an allowlist). */
  html: string;
  className?: string;
}

/** A post's body. Links to people and threads of this site navigate inside the app. */
export function PostHtml({ html, className }: PostHtmlProps) {
  const navigate = useNavigate();
  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a');
    const href = link?.getAttribute('href');
    if (!link || !href || link.target || !IN_APP.test(href)) return;
    event.preventDefault();
    void navigate(href);
  }
  return (
    <div
      className={className ? `prose ${className}` : 'prose'}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
