import { afterEach, describe, expect, it, vi } from 'vitest';
import { absorbEcho, expectEcho, forgetEchoes, settleEcho } from '../../../renderer/api/echo';

const covers = ['statement:get', 'statement:list'] as const;

afterEach(() => {
  forgetEchoes();
  vi.useRealTimers();
});

describe("a write's own change event", () => {
  it('skips, once, the reads the answer brings, whether it arrives before or after the answer', () => {
    const early = expectEcho('i1', covers);
    expect(absorbEcho('i1')).toEqual(covers);
    expect(settleEcho(early, true)).toEqual([]);
    expect(absorbEcho('i1')).toEqual([]);

    const late = expectEcho('i1', covers);
    expect(settleEcho(late, true)).toEqual([]);
    expect(absorbEcho('i1')).toEqual(covers);
    expect(absorbEcho('i1')).toEqual([]);
  });

  it('skips nothing for another incident, nor for a write whose answer brings no read', () => {
    expectEcho('i1', covers);
    expectEcho('i2', []);
    expect(absorbEcho('i2')).toEqual([]);
    expect(absorbEcho('i1')).toEqual(covers);
  });

  it('gives back what it skipped when the write is refused after all', () => {
    const echo = expectEcho('i1', covers);
    expect(absorbEcho('i1')).toEqual(covers);
    expect(settleEcho(echo, false)).toEqual(covers);
  });

  it('owes nothing once refused before any event came', () => {
    const echo = expectEcho('i1', covers);
    expect(settleEcho(echo, false)).toEqual([]);
    expect(absorbEcho('i1')).toEqual([]);
  });

  it('stops waiting for an event that never comes, so a later peer change is read', () => {
    vi.useFakeTimers();
    const echo = expectEcho('i1', covers);
    settleEcho(echo, true);
    vi.advanceTimersByTime(2_000);
    expect(absorbEcho('i1')).toEqual([]);
  });

  it('owes nothing after the link came back: everything is read again then', () => {
    expectEcho('i1', covers);
    forgetEchoes();
    expect(absorbEcho('i1')).toEqual([]);
  });
});
