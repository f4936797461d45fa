import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The status line of a list page: starts with the message an editor page left when it sent the
 * person back (e.g. "Support saved."), and takes the list's own messages after that.
 */
export function useFlash(): [string, (text: string) => void] {
  const location = useLocation();
  const left = (location.state as { flash?: unknown } | null)?.flash;
  const [message, setMessage] = useState(typeof left === 'string' ? left : '');
  return [message, setMessage];
}

/** Sends the person back to a list page with a message for its status line. */
export function useBackWith(): (to: string, flash: string) => void {
  const navigate = useNavigate();
  return (to, flash) => void navigate(to, { state: { flash } });
}
