import { describe, expect, it } from 'vitest';
import { ANCHOR_RELEASE, decideElectronSupport, newestMajorByDate, stableMajor } from '../../../scripts/electron-support';

const weeks = (n: number) => new Date(ANCHOR_RELEASE.date.getTime() + n * 7 * 24 * 60 * 60 * 1000);
const offline = { failure: 'no answer within 15 s' };

describe('Electron support check', () => {
  it("takes the newest major from the registry's latest release and supports the three newest", () => {
    const decision = decideElectronSupport({ installed: '45.4.1', registry: { latest: '45.4.1' }, now: weeks(5) });
    expect(decision).toMatchObject({ supported: true, basis: 'registry', newestMajor: 45, supportedMajors: [43, 44, 45] });
    expect(decideElectronSupport({ installed: '43.0.2', registry: { latest: '45.4.1' }, now: weeks(5) }).supported).toBe(true);
  });

  it('fails a major the registry shows to be three behind, and says what to move to', () => {
    const decision = decideElectronSupport({ installed: '38.8.6', registry: { latest: '45.4.1' }, now: weeks(5) });
    expect(decision.supported).toBe(false);
    expect(decision.explanation.at(-1)).toMatch(/38\.8\.6 .*out of support.*electron@45/);
    expect(decideElectronSupport({ installed: '42.1.0', registry: { latest: '45.0.0' }, now: weeks(0) }).supported).toBe(false);
  });

  it('believes the registry over the calendar, whichever runs ahead', () => {
    // A release that slipped: the calendar already counts 48, the registry still says 45.
    expect(decideElectronSupport({ installed: '45.4.1', registry: { latest: '45.9.0' }, now: weeks(17) }).supported).toBe(true);
    expect(decideElectronSupport({ installed: '45.4.1', registry: { latest: '48.0.0' }, now: weeks(1) }).supported).toBe(false);
  });

  it('offline, counts one major every 8 weeks from the anchor, so a pin left alone fails as time passes', () => {
    expect(newestMajorByDate(weeks(0))).toBe(45);
    expect(newestMajorByDate(weeks(7.9))).toBe(45);
    expect(newestMajorByDate(weeks(8))).toBe(46);
    expect(newestMajorByDate(weeks(-1))).toBe(44);
    const at = (n: number) => decideElectronSupport({ installed: '45.4.1', registry: offline, now: weeks(n) });
    expect(at(23.9)).toMatchObject({ supported: true, basis: 'date rule', supportedMajors: [45, 46, 47] });
    expect(at(24)).toMatchObject({ supported: false, basis: 'date rule', newestMajor: 48 });
    expect(at(24).explanation[0]).toContain('no answer within 15 s');
  });

  it('falls back to the date rule when the registry names no stable release', () => {
    const decision = decideElectronSupport({ installed: '45.4.1', registry: { latest: '46.0.0-beta.3' }, now: weeks(1) });
    expect(decision).toMatchObject({ basis: 'date rule', newestMajor: 45, supported: true });
  });

  it('counts a major newer than the newest known as supported, and a prerelease pin as not', () => {
    expect(decideElectronSupport({ installed: '46.0.0', registry: offline, now: weeks(7) }).supported).toBe(true);
    expect(decideElectronSupport({ installed: '46.0.0-alpha.2', registry: { latest: '45.4.1' }, now: weeks(7) }).supported).toBe(false);
    expect(stableMajor(' 45.4.1\n')).toBe(45);
    expect(stableMajor('45')).toBeNull();
  });
});
