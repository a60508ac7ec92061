import type { z } from 'zod';
import type {
  assignLiaisonInput,
  contactInput,
  Household,
  HouseholdDetails,
  Keyring,
  supportCreateInput,
  supportUpdateInput,
} from '../../../../shared/domain/support';
import { ConcordError } from '../../../../shared/result';
import { changedFields, type Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { requireInIncident } from '../../kernel/query/links';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { promiseChange } from '../promise';
import { intendedReaders, readerContext, rekey, type Rekeyed } from './access';
import { householdOf, householdRow, settingsOf } from './read';
import { detailsAd, noteAd, openerOf, sealText, wipe } from './sealing';
import { detailsOf, getHousehold } from './view';

type HouseholdRecord = ReturnType<typeof householdOf>;

/** The signed-in operator of this incident, or a refusal that says why sealed records need one. */
function operatorOf(ws: Workspace, incidentId: string) {
  const session = ws.session.operator;
  if (!session || session.incidentId !== incidentId) throw new ConcordError('forbidden', 'sign in first: confidential details are sealed to the people who may read them');
  return session;
}

/**
 * Seals the household's keys to its readers as they are now, with the operator's key, and hands `write` the key new
 * records use. What it returns is committed by the caller; every key is zeroed before this returns.
 */
function withSealing<T>(ws: Workspace, h: Pick<HouseholdRecord, 'id' | 'incidentId' | 'liaisonId' | 'keyring' | 'sealed'>, write: (s: Rekeyed & { details: HouseholdDetails | null }) => T): T {
  const session = operatorOf(ws, h.incidentId);
  const readers = intendedReaders(readerContext(ws, h.incidentId, settingsOf(ws, h.incidentId)), h.liaisonId);
  const opener = openerOf(session.personId, session.key);
  let sealing: Rekeyed | null = null;
  try {
    sealing = rekey(h.keyring, readers, opener);
    return write({ ...sealing, details: detailsOf(h, sealing.keys) });
  } finally {
    opener.wipe();
    if (sealing) wipe(sealing.keys.values());
  }
}

/** The household fields a rekey changes: its keyring and, on a new generation, its details sealed under it. */
function sealedFields(h: Pick<HouseholdRecord, 'id' | 'keyring'>, s: Rekeyed & { details: HouseholdDetails | null }, details?: HouseholdDetails): { keyring?: Keyring; sealed?: string } {
  const out: { keyring?: Keyring; sealed?: string } = {};
  if (JSON.stringify(s.keyring) !== JSON.stringify(h.keyring)) out.keyring = s.keyring;
  const plain = details ?? (s.rotated ? s.details : null);
  if (plain) out.sealed = sealText(JSON.stringify(plain), s.gen, s.k, detailsAd(h.id));
  return out;
}

export function createHousehold(ws: Workspace, input: z.output<typeof supportCreateInput>): Household {
  const { incidentId, details, ...given } = input;
  if (given.liaisonId) requireInIncident(ws, 'person', incidentId, given.liaisonId, 'liaison');
  const id = newId();
  const liaisonId = given.liaisonId ?? null;
  const blank = { id, incidentId, liaisonId, keyring: { generations: [] }, sealed: null };
  // A new household's first key is made by whoever records it: they know what they type, and seal it to its readers.
  const sealing = ws.session.operator ? withSealing(ws, blank, (s) => sealedFields(blank, s, details)) : {};
  if (details && !sealing.sealed) throw new ConcordError('forbidden', 'sign in first: confidential details are sealed to the people who may read them');
  const fields = {
    language: '',
    interpreterNeeded: false,
    consent: 'not asked',
    status: 'open',
    ...given,
    liaisonId,
    lastContactAt: null,
    sealed: sealing.sealed ?? null,
    keyring: sealing.keyring ?? { generations: [] },
    createdAt: isoAt(ws.clock.now()),
  } satisfies EntityFields['household'];
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'household', entityId: id, action: 'add', fields }]);
  return getHousehold(ws, id).household;
}

const current = (ws: Workspace, id: string): HouseholdRecord => householdOf(householdRow(ws, id), 0);

export function updateHousehold(ws: Workspace, id: string, changes: z.output<typeof supportUpdateInput>['changes']): Household {
  const h = current(ws, id);
  const { details, ...plain } = changes;
  const changed: Partial<EntityFields['household']> = { ...changedFields(h, plain) };
  if (details) Object.assign(changed, withSealing(ws, h, (s) => sealedFields(h, s, details)));
  if (Object.keys(changed).length > 0) ws.ops.commit(h.incidentId, ws.author(), [{ entity: 'household', entityId: id, action: 'set', fields: changed }]);
  return getHousehold(ws, id).household;
}

/**
 * A new liaison reads the household once a reader seals its key to them: the operator does it here if they are one.
 * The liaison it replaces stops being a reader, so what is written after is sealed under a new key.
 */
export function assignLiaison(ws: Workspace, input: z.output<typeof assignLiaisonInput>): Household {
  const h = current(ws, input.id);
  if (input.liaisonId) requireInIncident(ws, 'person', h.incidentId, input.liaisonId, 'liaison');
  if (input.liaisonId === h.liaisonId) return getHousehold(ws, input.id).household;
  const after = { ...h, liaisonId: input.liaisonId };
  const fields: Partial<EntityFields['household']> = { liaisonId: input.liaisonId };
  if (canOpen(ws, h)) Object.assign(fields, withSealing(ws, after, (s) => sealedFields(after, s)));
  ws.ops.commit(h.incidentId, ws.author(), [{ entity: 'household', entityId: input.id, action: 'set', fields }]);
  return getHousehold(ws, input.id).household;
}

/** Whether the operator's key opens the household's current key: then they reseal it as the readers change. */
function canOpen(ws: Workspace, h: HouseholdRecord): boolean {
  const session = ws.session.operator;
  const last = h.keyring.generations.at(-1);
  return session !== null && session.incidentId === h.incidentId && last !== undefined && last.boxes.some((b) => b.personId === session.personId && b.publicKey === session.key.publicKeyHex);
}

/** A contact, the household's last contact and the promises made in it land in one commit, or none of them. */
export function recordContact(ws: Workspace, input: z.output<typeof contactInput>): Household {
  const h = current(ws, input.householdId);
  const by = operatorOf(ws, h.incidentId).personId;
  const at = input.at ? utcIso(input.at) : isoAt(ws.clock.now());
  const contactId = newId();
  const { sealedNote, ...householdSealing } = input.note
    ? withSealing(ws, h, (s) => ({ ...sealedFields(h, s), sealedNote: sealText(input.note, s.gen, s.k, noteAd(h.id, contactId)) }))
    : { sealedNote: null };
  const changes: Change[] = [{ entity: 'supportContact', entityId: contactId, action: 'add', fields: { householdId: h.id, at, by, channel: input.channel, sealedNote } }];
  // A contact logged late does not move the last contact back.
  const newer = !h.lastContactAt || at > h.lastContactAt;
  const householdFields = { ...householdSealing, ...(newer ? { lastContactAt: at } : {}) };
  if (Object.keys(householdFields).length > 0) changes.push({ entity: 'household', entityId: h.id, action: 'set', fields: householdFields });
  for (const made of input.promises) changes.push(promiseChange(ws, h.incidentId, { ...made, madeTo: h.label }, { needId: null, sourceKind: 'household', sourceId: h.id }));
  ws.ops.commit(h.incidentId, ws.author(), changes);
  return getHousehold(ws, h.id).household;
}
