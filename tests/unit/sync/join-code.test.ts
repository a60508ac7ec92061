import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeJoinCode, encodeJoinCode } from '../../../electron/core/sync/join-code';

const code = { incidentId: randomUUID(), secret: randomBytes(32), epoch: 3, host: '10.77.0.1', port: 47000 };

describe('join code', () => {
  it('round-trips and reads as typed by hand: lower case, spaces, O for 0 and I or L for 1', () => {
    const text = encodeJoinCode(code);
    expect(text).toMatch(/^([0-9A-Z]{4}-)+[0-9A-Z]{1,4}$/);
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeJoinCode(sloppy)).toEqual(code);
  });

  it('refuses a code with a wrong or missing character', () => {
    const text = encodeJoinCode(code);
    const i = text.search(/[0-9A-Z]/);
    const wrong = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    expect(() => decodeJoinCode(wrong)).toThrow(/does not check out/);
    expect(() => decodeJoinCode(text.slice(0, -2))).toThrow(/does not check out/);
  });
});
