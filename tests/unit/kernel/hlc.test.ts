import { describe, expect, it } from 'vitest';
import { ConcordError } from '../../../shared/result';
import { HybridClock, MAX_DRIFT_MS, decodeHlc } from '../../../electron/core/kernel/ops/hlc';
import { TestClock } from '../../fixtures/temp-store';

describe('hybrid logical clock', () => {
  it('keeps increasing when the wall clock stands still or steps back', () => {
    const wall = new TestClock();
    const hlc = new HybridClock(wall);
    const a = hlc.tick();
    const b = hlc.tick();
    wall.advance(-10_000);
    const c = hlc.tick();
    expect([a, b, c]).toEqual([...[a, b, c]].sort());
    expect(new Set([a, b, c]).size).toBe(3);
    expect(decodeHlc(c).wall).toBe(decodeHlc(a).wall);
  });

  it('orders itself after a remote clock it has seen', () => {
    const wall = new TestClock();
    const here = new HybridClock(wall);
    const there = new HybridClock(new TestClock(wall.ms + 60_000));
    const remote = there.tick();
    here.receive(remote);
    expect(here.tick() > remote).toBe(true);
  });

  it('refuses a remote clock more than five minutes ahead as clock drift', () => {
    const wall = new TestClock();
    const here = new HybridClock(wall);
    const ahead = new HybridClock(new TestClock(wall.ms + MAX_DRIFT_MS + 1000)).tick();
    expect(() => here.receive(ahead)).toThrow(ConcordError);
    try {
      here.receive(ahead);
    } catch (e) {
      expect((e as ConcordError).code).toBe('clock_drift');
    }
    const justInside = new HybridClock(new TestClock(wall.ms + MAX_DRIFT_MS - 1000)).tick();
    expect(() => here.receive(justInside)).not.toThrow();
  });

  it('encodes so that string order is time order', () => {
    const wall = new TestClock(9);
    const hlc = new HybridClock(wall);
    const early = hlc.tick();
    wall.ms = 10;
    expect(hlc.tick() > early).toBe(true);
    expect(HybridClock.toIso(early)).toBe(new Date(9).toISOString());
  });
});
