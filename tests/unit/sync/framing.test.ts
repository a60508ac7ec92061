import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameReader, frame } from '../../../electron/core/domains/sync/transport/framing';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('frame reader', () => {
  it('reads frames split anywhere and frames arriving together', () => {
    const bodies = [randomBytes(0), randomBytes(1), randomBytes(300), randomBytes(5000)];
    const stream = Buffer.concat(bodies.map(frame));
    for (const cut of [1, 3, 4, 5, 7, 301, 4096, stream.length]) {
      const reader = new FrameReader(65_535);
      const read: Buffer[] = [];
      for (let at = 0; at < stream.length; at += cut) read.push(...reader.push(stream.subarray(at, at + cut)));
      expect(read.map((f) => f.toString('hex'))).toEqual(bodies.map((b) => b.toString('hex')));
    }
  });

  it('refuses a frame over the limit on its length, before its body arrives', () => {
    const reader = new FrameReader(1000);
    const head = frame(Buffer.alloc(1001)).subarray(0, 4);
    expect(() => reader.push(head)).toThrow(/over the limit of 1000/);
  });

  it('copies a frame trickled a byte at a time a bounded number of times, not once per byte', () => {
    // A peer before the handshake may send its frame a byte a segment: copying what is held on every byte would
    // be quadratic in the frame's length.
    const body = randomBytes(65_535);
    const stream = frame(body);
    const reader = new FrameReader(65_535);
    const concat = vi.spyOn(Buffer, 'concat');
    const read: Buffer[] = [];
    for (let at = 0; at < stream.length; at++) read.push(...reader.push(stream.subarray(at, at + 1)));
    expect(read).toHaveLength(1);
    expect(read[0]?.equals(body)).toBe(true);
    expect(concat.mock.calls.length).toBeLessThan(4);
  });
});
