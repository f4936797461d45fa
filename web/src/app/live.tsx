// The live-update connection: one EventSource('/api/events') while signed in. Pages subscribe
// to event types with useLiveEvent(); the provider dispatches to them.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/keys.ts';
import type { LiveEventMap, LiveEventType } from '../api/types.ts';

export type LiveState = 'connecting' | 'open' | 'reconnecting' | 'offline';

type Handler = (data: unknown) => void;

interface LiveContextValue {
  state: LiveState;
  subscribe: (type: string, handler: Handler) => () => void;
}

const LiveContext = createContext<LiveContextValue | null>(null);

const RECONNECT_DELAYS_MS = [2_000, 5_000, 10_000, 30_000, 60_000];

function parseData(raw: unknown): unknown {
  if (typeof raw !== 'string' || raw === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

export function LiveProvider({ url = '/api/events', children }: { url?: string; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  const handlers = useRef(new Map<string, Set<Handler>>());
  const source = useRef<EventSource | null>(null);
  const attached = useRef(new Set<string>());

  const dispatch = useCallback((type: string, event: Event) => {
    const data = parseData((event as MessageEvent).data);
    for (const handler of handlers.current.get(type) ?? []) {
      try {
        handler(data);
      } catch (error) {
        console.error(`Live event handler for "${type}" failed`, error);
      }
    }
  }, []);

  const attach = useCallback(
    (es: EventSource, type: string) => {
      if (attached.current.has(type)) return;
      attached.current.add(type);
      es.addEventListener(type, (event) => dispatch(type, event));
    },
    [dispatch],
  );

  useEffect(() => {
    let stopped = false;
    let failures = 0;
    let everOpened = false;
    let timer: number | undefined;

    const connect = () => {
      const es = new EventSource(url, { withCredentials: true });
      source.current = es;
      attached.current = new Set();
      for (const type of handlers.current.keys()) attach(es, type);

      es.onopen = () => {
        if (everOpened) {
          // Events may have been missed while disconnected: refetch what is on screen.
          void queryClient.invalidateQueries({
            predicate: (query) => query.queryKey[0] !== 'verify-email',
          });
        }
        everOpened = true;
        failures = 0;
        setState('open');
      };
      es.onerror = () => {
        if (es.readyState === EventSource.CONNECTING) {
          setState('reconnecting');
          return;
        }
        // The browser gave up (e.g. a non-200 answer such as 401): maybe the session ended.
        es.close();
        setState('offline');
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
        const delay = RECONNECT_DELAYS_MS[Math.min(failures, RECONNECT_DELAYS_MS.length - 1)];
        failures += 1;
        timer = window.setTimeout(() => {
          if (!stopped) {
            setState('reconnecting');
            connect();
          }
        }, delay);
      };
    };

    connect();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      source.current?.close();
      source.current = null;
    };
  }, [url, attach, queryClient]);

  const subscribe = useCallback(
    (type: string, handler: Handler) => {
      let set = handlers.current.get(type);
      if (!set) {
        set = new Set();
        handlers.current.set(type, set);
      }
      set.add(handler);
      if (source.current) attach(source.current, type);
      return () => {
        handlers.current.get(type)?.delete(handler);
      };
    },
    [attach],
  );

  const value = useMemo(() => ({ state, subscribe }), [state, subscribe]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

/** The connection state, for a small indicator. */
export function useLiveState(): LiveState {
  return useContext(LiveContext)?.state ?? 'offline';
}

/** Calls `handler` for every live event of `type` while the component is mounted. */
export function useLiveEvent<K extends LiveEventType>(
  type: K,
  handler: (data: LiveEventMap[K]) => void,
): void {
  const context = useContext(LiveContext);
  const handlerRef = useRef(handler);
  useLayoutEffect(() => {
    handlerRef.current = handler;
  });
  const subscribe = context?.subscribe;
  useEffect(() => {
    if (!subscribe) return;
    return subscribe(type, (data) => handlerRef.current(data as LiveEventMap[K]));
  }, [subscribe, type]);
}
