import type { Household, Keyring, Reader, SupportSettings } from '../../../../shared/domain/support';
import { ConcordError } from '../../../../shared/result';
import { LONG_PIN_MIN_DIGITS } from '../../../../shared/rules/permissions';
import type { Workspace } from '../../kernel/store/workspace';
import { holdersOf, keyHolders, type KeyHolder } from '../roster';
import { newContentKey, openKeys, sealKeyTo, type OpenerKey } from './sealing';

/** A reader with the key the roster holds for them now: null until they have a PIN, and null too while that PIN is short. */
export interface IntendedReader extends Reader {
  publicKey: string | null;
  why: 'no key yet' | 'PIN too short' | null;
}

/**
 * What replicates is each reader's key wrapped under their PIN, so an insider holding a copy of the roster guesses
 * PINs offline: a 4-digit PIN falls in hours, 8 digits take weeks (roster/person-key.ts). The details are sealed only
 * to keys behind PINs as long as a commander's.
 */
const sealable = (p: KeyHolder): { publicKey: string | null; why: IntendedReader['why'] } => {
  if (p.publicKey === null) return { publicKey: null, why: 'no key yet' };
  if ((p.pinDigits ?? 0) < LONG_PIN_MIN_DIGITS) return { publicKey: null, why: 'PIN too short' };
  return { publicKey: p.publicKey, why: null };
};

/** Who reads an incident's sealed records besides each household's liaison, read once for a whole list. */
export interface ReaderContext {
  people: Map<string, KeyHolder>;
  holders: { personId: string; reason: Reader['reason'] }[];
}

export function readerContext(ws: Workspace, incidentId: string, settings: SupportSettings): ReaderContext {
  const holders = holdersOf(ws, incidentId, ['commander'], settings.readerRoleIds).map((h) => ({
    personId: h.personId,
    reason: h.kind === 'commander' ? ('commander' as const) : ('reader role' as const),
  }));
  // A commander who also holds a named role reads as a commander.
  holders.sort((a, b) => (a.reason === b.reason ? 0 : a.reason === 'commander' ? -1 : 1));
  return { people: keyHolders(ws, incidentId), holders };
}

/** The household's liaison, everyone holding a commander role now and everyone holding a role the commander named. */
export function intendedReaders(ctx: ReaderContext, liaisonId: string | null): IntendedReader[] {
  const out = new Map<string, IntendedReader>();
  const add = (personId: string, reason: Reader['reason']) => {
    const p = ctx.people.get(personId);
    if (p && !out.has(personId)) out.set(personId, { personId, name: p.name, reason, ...sealable(p) });
  };
  if (liaisonId) add(liaisonId, 'liaison');
  for (const h of ctx.holders) add(h.personId, h.reason);
  return [...out.values()];
}

const hasBox = (boxes: Keyring['generations'][number]['boxes'], r: Pick<IntendedReader, 'personId' | 'publicKey'>): boolean => boxes.some((b) => b.personId === r.personId && b.publicKey === r.publicKey);

/** Readers the key new writes use does not reach yet: no PIN, or not granted under the key they hold now. */
export function waitingOf(keyring: Keyring, readers: readonly IntendedReader[]): Household['waiting'] {
  const boxes = keyring.generations.at(-1)?.boxes ?? [];
  return readers
    .filter((r) => r.publicKey === null || !hasBox(boxes, r))
    .map(({ personId, name, reason, why }) => ({ personId, name, reason, why: why ?? ('not granted' as const) }));
}

/** What sealing a household's records to its readers now comes to. `keys` holds every generation opened (the caller wipes them). */
export interface Rekeyed {
  keyring: Keyring;
  gen: number;
  /** The content key new writes use. */
  k: Buffer;
  keys: Map<number, Buffer>;
  rotated: boolean;
  granted: number;
}

/**
 * Seals every generation the opener holds to the readers lacking it (a new liaison, a new commander, a new key after
 * a PIN change), and starts a new generation when the current one reaches someone who is no longer a reader: what is
 * written from then on is out of their reach; what they could read before stays readable to them.
 */
export function rekey(keyring: Keyring, readers: readonly IntendedReader[], opener: OpenerKey | null): Rekeyed {
  const keys = opener ? openKeys(keyring, opener) : new Map<number, Buffer>();
  const withKey = readers.filter((r): r is IntendedReader & { publicKey: string } => r.publicKey !== null);
  const last = keyring.generations.at(-1);
  const removed = last !== undefined && last.boxes.some((b) => !readers.some((r) => r.personId === b.personId));
  if (last && !removed && !keys.has(last.gen)) {
    for (const k of keys.values()) k.fill(0);
    throw new ConcordError('forbidden', 'this household’s confidential records are sealed to its readers, and your key does not open them: ask its liaison or a commander to grant you access');
  }
  let granted = 0;
  const generations = keyring.generations.map((g) => {
    const k = keys.get(g.gen);
    const current = g === last && !removed;
    // The current generation holds readers' present keys only, as the judge requires; older ones keep their history.
    const kept = current ? g.boxes.filter((b) => withKey.some((r) => r.personId === b.personId && r.publicKey === b.publicKey)) : g.boxes;
    if (!k) return { gen: g.gen, boxes: kept };
    const added = withKey.filter((r) => !hasBox(kept, r)).map((r) => ({ personId: r.personId, publicKey: r.publicKey, box: sealKeyTo(k, r.publicKey) }));
    granted += added.length;
    return { gen: g.gen, boxes: [...kept, ...added] };
  });
  const k = last && !removed ? keys.get(last.gen) : undefined;
  if (last && k) return { keyring: { generations }, gen: last.gen, k, keys, rotated: false, granted };
  if (withKey.length === 0) throw new ConcordError('invalid_input', `none of this household’s readers has a PIN of ${LONG_PIN_MIN_DIGITS} digits or more yet: a commander sets one in the chain of command first`);
  const gen = (last?.gen ?? 0) + 1;
  const fresh = newContentKey();
  keys.set(gen, fresh);
  generations.push({ gen, boxes: withKey.map((r) => ({ personId: r.personId, publicKey: r.publicKey, box: sealKeyTo(fresh, r.publicKey) })) });
  return { keyring: { generations }, gen, k: fresh, keys, rotated: last !== undefined, granted: granted + withKey.length };
}
