import { afterEach } from 'vitest';
import { type TestClock, tempWorkspace } from '../../fixtures/temp-store';

export type Ws = ReturnType<typeof tempWorkspace>;

/** Consoles as bare workspaces on one clock, each closed and removed after the test that made it. */
export function workspacesPerTest(): (clock: TestClock) => Ws {
  const open: Ws[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.close();
  });
  return (clock) => {
    const ws = tempWorkspace(clock);
    open.push(ws);
    return ws;
  };
}
