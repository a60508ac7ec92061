import type { ConcordApi, EventName, EventPayload, MethodName, MethodOutput } from '../../shared/contract';
import type { ApiError, Result } from '../../shared/result';
import { connectionCell, type ConnectionSource } from './connection';

type AnyListener = (payload: unknown) => void;

const maxBackoffMs = 10_000;

const failure = (error: ApiError): { ok: false; error: ApiError } => ({ ok: false, error });

const unreachable = failure({
  code: 'internal',
  message: 'The console host cannot be reached. Check that it is still running, then try again.',
});

function isEnvelope(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

function parseEvent(raw: unknown): { event: EventName; payload: unknown } | null {
  if (typeof raw !== 'string') return null;
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data === 'object' && data !== null && 'event' in data && 'payload' in data) {
      return data as { event: EventName; payload: unknown };
    }
  } catch {
    // A malformed frame carries nothing a screen could use; the next data:changed refetches anyway.
  }
  return null;
}

/** The browser transport: POST /api/<method> for calls, one WebSocket for events, reconnected with backoff. */
export function createWebClient(token: string | null): ConcordApi & { connection: ConnectionSource } {
  const listeners = new Map<EventName, Set<AnyListener>>();
  const connection = connectionCell('connecting');
  let attempt = 0;

  const openSocket = () => {
    if (!token) {
      connection.set('lost');
      return;
    }
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/api/events`, ['concord.v1', `bearer.${token}`]);
    socket.addEventListener('open', () => {
      attempt = 0;
      connection.set('connected');
    });
    socket.addEventListener('message', (message) => {
      const data = parseEvent(message.data);
      if (!data) return;
      for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
    });
    socket.addEventListener('close', () => {
      connection.set('lost');
      const delay = Math.min(maxBackoffMs, 500 * 2 ** attempt);
      attempt += 1;
      setTimeout(openSocket, delay);
    });
  };
  openSocket();

  return {
    connection,
    async call<M extends MethodName>(method: M, input: unknown): Promise<Result<MethodOutput<M>>> {
      if (!token) {
        return failure({ code: 'unauthorized', message: 'This page has no access token. Open the link the console host printed.' });
      }
      let response: Response;
      try {
        response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
      } catch {
        return unreachable;
      }
      const body: unknown = await response.json().catch(() => null);
      if (isEnvelope(body)) return body as Result<MethodOutput<M>>;
      return failure({ code: 'internal', message: `The console host answered ${response.status} without a result.` });
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set<AnyListener>();
      listeners.set(event, set);
      const wrapped = listener as AnyListener;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}
