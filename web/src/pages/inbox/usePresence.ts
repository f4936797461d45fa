// "Who else is here": the page announces itself every few seconds (viewing, or typing while the
// reply box is in use) and keeps the colleagues it hears from for a short while. Nothing is
// stored on the server, so a closed tab simply stops repeating and fades out.
import { useCallback, useEffect, useRef, useState } from 'react';
import { announcePresence } from '../../api/inbox-conversation.ts';
import type { PresenceState } from '../../api/inbox-types.ts';
import { useLiveEvent, useLiveState } from '../../app/live.tsx';

const HEARTBEAT_MS = 5_000;
/** Two missed heartbeats and a little slack: the colleague has gone. */
const FORGET_AFTER_MS = 12_000;
/** Typing stops counting a few seconds after the last key. */
const TYPING_LASTS_MS = 6_000;
const TYPING_REPEAT_MS = 3_000;

export interface PresentColleague {
  userId: string;
  name: string;
  state: 'viewing' | 'typing';
  heardAt: number;
}

export interface Presence {
  others: PresentColleague[];
  /** Call on every change of the reply draft while the box has focus. */
  typed: () => void;
  /** Call when the reply box loses focus or its reply is sent. */
  stoppedTyping: () => void;
}

function sameColleagues(a: PresentColleague[], b: PresentColleague[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => entry.userId === b[i]?.userId && entry.state === b[i]?.state)
  );
}

export function usePresence(conversationId: string, myId: string): Presence {
  const [others, setOthers] = useState<PresentColleague[]>([]);
  const heard = useRef(new Map<string, PresentColleague>());
  const typingUntil = useRef(0);
  const lastTypingSent = useRef(0);

  const send = useCallback(
    (state: PresenceState) => {
      // Presence is a courtesy: a failed announcement is retried by the next heartbeat.
      announcePresence(conversationId, state).catch(() => undefined);
    },
    [conversationId],
  );
  const myState = useCallback(
    (): PresenceState => (Date.now() < typingUntil.current ? 'typing' : 'viewing'),
    [],
  );

  const publish = useCallback(() => {
    const cutoff = Date.now() - FORGET_AFTER_MS;
    for (const [id, entry] of heard.current) if (entry.heardAt < cutoff) heard.current.delete(id);
    const next = [...heard.current.values()].sort((a, b) => a.name.localeCompare(b.name));
    setOthers((current) => (sameColleagues(current, next) ? current : next));
  }, []);

  // Announce once the live connection is open (and again after a reconnect): colleagues answer a
  // newcomer at once, and only a connected page hears that answer.
  const live = useLiveState();
  useEffect(() => {
    if (live === 'open') send(myState());
  }, [live, send, myState]);

  useEffect(() => {
    heard.current = new Map();
    const heartbeat = window.setInterval(() => send(myState()), HEARTBEAT_MS);
    const expiry = window.setInterval(publish, 1_000);
    return () => {
      window.clearInterval(heartbeat);
      window.clearInterval(expiry);
      send('left');
    };
  }, [send, myState, publish]);

  useLiveEvent('inbox.presence', (event) => {
    if (event.conversationId !== conversationId || event.userId === myId) return;
    const newcomer = !heard.current.has(event.userId);
    if (event.state === 'left') heard.current.delete(event.userId);
    else
      heard.current.set(event.userId, {
        userId: event.userId,
        name: event.name,
        state: event.state,
        heardAt: Date.now(),
      });
    publish();
    // Answer someone who just arrived at once, so they need not wait for our next heartbeat.
    if (newcomer && event.state !== 'left') send(myState());
  });

  const typed = useCallback(() => {
    const now = Date.now();
    typingUntil.current = now + TYPING_LASTS_MS;
    if (now - lastTypingSent.current < TYPING_REPEAT_MS) return;
    lastTypingSent.current = now;
    send('typing');
  }, [send]);

  const stoppedTyping = useCallback(() => {
    if (typingUntil.current === 0) return;
    typingUntil.current = 0;
    lastTypingSent.current = 0;
    send('viewing');
  }, [send]);

  return { others, typed, stoppedTyping };
}
