import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeJoinCode, encodeJoinCode } from '../../../electron/core/domains/sync/join-code';

const code = { incidentId: randomUUID(), secret: randomBytes(32), epoch: 3, host: '10.77.0.1', port: 47000, invitationId: randomUUID(), token: randomBytes(16) };

/** A code made by the first version (incident, secret, epoch 1, 10.77.0.1:47000, no invitation). */
const FIRST_VERSION_CODE = '047R-WAJM-3GXM-TVMT-FWNH-R3CY-HXX0-E1R7-0W3G-E1R7-0W3G-E1R7-0W3G-E1R7-0W3G-E1R7-0W3G-E1R7-0W3G-E1R4-196G-0080-06VS-HH5A-F0';

describe('join code', () => {
  it('round-trips with its invitation and reads as typed by hand: lower case, spaces, O for 0 and I or L for 1', () => {
    const text = encodeJoinCode(code);
    expect(text).toMatch(/^([0-9A-Z]{4}-)+[0-9A-Z]{1,4}$/);
    // Short enough for the join form's field.
    expect(text.length).toBeLessThanOrEqual(240);
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

  it('carries every epoch a rotation can reach, and answers a typed error for one it cannot', () => {
    expect(decodeJoinCode(encodeJoinCode({ ...code, epoch: 70_000 })).epoch).toBe(70_000);
    expect(() => encodeJoinCode({ ...code, epoch: 2 ** 53 - 1 })).toThrow(/no join code carries epoch/);
  });

  it('says a code of the first version, which carried no invitation, is too old', () => {
    expect(() => decodeJoinCode(FIRST_VERSION_CODE)).toThrow(/older version of Concord: ask for a new code/);
  });
});
