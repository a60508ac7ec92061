import type { Household } from '../../../shared/domain/support';

/** What everyone but a household's readers is told in place of its details. */
export const CONFIDENTIAL = 'Confidential: only the liaison, the commander and roles the commander names can read this.';

export const inHours = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();

const waitingWhy: Record<Household['waiting'][number]['why'], string> = {
  'no key yet': 'no PIN yet',
  'PIN too short': 'needs a PIN of 8 digits or more to read confidential details',
  'not granted': 'waiting for a reader to grant access',
};

export const waitingLine = (w: Household['waiting'][number]): string => `${w.name} (${w.reason}): ${waitingWhy[w.why]}`;
