/** How the screens see the link to the core. The desktop bridge is always `connected`. */
export type ConnectionState = 'connecting' | 'connected' | 'lost';

export interface ConnectionSource {
  current(): ConnectionState;
  subscribe(listener: (state: ConnectionState) => void): () => void;
}

export function connectionCell(initial: ConnectionState): ConnectionSource & { set(state: ConnectionState): void } {
  let state = initial;
  const listeners = new Set<(state: ConnectionState) => void>();
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener(next);
    },
  };
}
