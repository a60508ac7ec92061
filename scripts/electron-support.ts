/**
 * Whether an Electron major still gets security fixes. Electron's policy: the three newest stable majors are
 * supported, and a new major ships every 8 weeks, so a pinned major falls out of support about 16 weeks after the next
 * one ships. Pure, so the decision can be tested for every date and registry answer.
 */

export const SUPPORTED_MAJOR_COUNT = 3;
export const RELEASE_INTERVAL_DAYS = 56;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The date rule's known point: Electron 45.0.0 was published on npm on 2026-10-21 (`npm view electron time`). Majors
 * 43, 44 and 45 came 55 and 57 days apart, so counting 8-week steps from here tracks the schedule within days.
 */
export const ANCHOR_RELEASE = { major: 45, date: new Date('2026-10-21T06:03:52Z') };

export interface SupportInput {
  /** The version in node_modules/electron/package.json. */
  installed: string;
  /** The registry's dist-tags.latest, or why the registry could not tell (unreachable, an answer that made no sense). */
  registry: { latest: string } | { failure: string };
  now: Date;
}

export interface SupportDecision {
  supported: boolean;
  installedMajor: number | null;
  newestMajor: number;
  supportedMajors: number[];
  basis: 'registry' | 'date rule';
  /** What was decided and why, for the CI log. */
  explanation: string[];
}

/** The major of a release version; null for anything else, a prerelease included: those are not stable majors. */
export function stableMajor(version: string): number | null {
  const match = /^(\d+)\.\d+\.\d+$/.exec(version.trim());
  return match ? Number(match[1]) : null;
}

/** The newest major the schedule says has shipped by `now`: one more for every full 8 weeks since the anchor. */
export function newestMajorByDate(now: Date, anchor = ANCHOR_RELEASE): number {
  return anchor.major + Math.floor((now.getTime() - anchor.date.getTime()) / (RELEASE_INTERVAL_DAYS * DAY_MS));
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The newest stable major from the registry's answer, or else from the date rule; with the lines that say how. */
function newestMajor(registry: SupportInput['registry'], now: Date): Pick<SupportDecision, 'newestMajor' | 'basis' | 'explanation'> {
  if ('latest' in registry) {
    const major = stableMajor(registry.latest);
    if (major !== null) {
      return { newestMajor: major, basis: 'registry', explanation: [`newest stable major ${major}: the npm registry's dist-tags.latest is ${registry.latest}`] };
    }
  }
  const why = 'failure' in registry ? registry.failure : `its dist-tags.latest ${JSON.stringify(registry.latest)} is no stable release`;
  const major = newestMajorByDate(now);
  const days = Math.floor((now.getTime() - ANCHOR_RELEASE.date.getTime()) / DAY_MS);
  return {
    newestMajor: major,
    basis: 'date rule',
    explanation: [
      `the npm registry could not tell the newest release (${why}); by the date rule instead:`,
      `Electron ${ANCHOR_RELEASE.major} shipped ${day(ANCHOR_RELEASE.date)}, one major every ${RELEASE_INTERVAL_DAYS} days, ` +
        `${days} days to ${day(now)}: newest stable major ${major}`,
    ],
  };
}

export function decideElectronSupport({ installed, registry, now }: SupportInput): SupportDecision {
  const newest = newestMajor(registry, now);
  const oldest = newest.newestMajor - SUPPORTED_MAJOR_COUNT + 1;
  const supportedMajors = Array.from({ length: SUPPORTED_MAJOR_COUNT }, (_, i) => oldest + i);
  const installedMajor = stableMajor(installed);
  // Newer than the newest known stable is still supported: a release the date rule has not counted yet.
  const supported = installedMajor !== null && installedMajor >= oldest;
  const explanation = [...newest.explanation, `supported: the ${SUPPORTED_MAJOR_COUNT} newest stable majors, ${supportedMajors.join(', ')}`];
  if (installedMajor === null) {
    explanation.push(`installed electron ${JSON.stringify(installed)} is no stable release: pin a supported one`);
  } else if (supported) {
    explanation.push(`installed electron ${installed} (major ${installedMajor}) is supported`);
  } else {
    explanation.push(
      `installed electron ${installed} (major ${installedMajor}) is out of support and gets no more security fixes: ` +
        `move to the newest ${newest.newestMajor}.x (npm install --save-dev electron@${newest.newestMajor})`,
    );
  }
  return { supported, installedMajor, newestMajor: newest.newestMajor, supportedMajors, basis: newest.basis, explanation };
}
