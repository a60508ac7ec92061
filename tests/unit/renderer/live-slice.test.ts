// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useConsole } from '../../../renderer/store';
import { selectGeneration } from '../../../renderer/store/live-slice';

describe('live panels', () => {
  it('see every change to their records, even two handled before the next render', () => {
    const tasks = selectGeneration(['task']);
    const actors = selectGeneration(['actor']);
    const before = { tasks: tasks(useConsole.getState()), actors: actors(useConsole.getState()) };
    useConsole.getState().dataChanged(['task']);
    useConsole.getState().dataChanged(['logNote']);
    expect(tasks(useConsole.getState())).toBe(before.tasks + 1);
    expect(actors(useConsole.getState())).toBe(before.actors);
    useConsole.getState().dataChanged(['*']);
    expect(actors(useConsole.getState())).toBe(before.actors + 1);
  });
});
