import type { z } from 'zod';
import {
  householdDetailsSchema,
  type Household,
  type HouseholdDetails,
  type SupportContact,
  type SupportSettings,
  type SupportSummary,
  type supportListInput,
} from '../../../../shared/domain/support';
import { getIncident } from '../incident';
import { isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { intendedReaders, readerContext, waitingOf, type ReaderContext } from './access';
import { contactsOf, householdOf, householdRow, householdRows, householdsByKind, needCounts, needsOf, overdueByHousehold, settingsOf, type HouseholdRow } from './read';
import { detailsAd, noteAd, openKeys, openText, openerOf, wipe, type OpenerKey } from './sealing';

/** What every read of an incident's households needs once: who reads, who is signed in here, and the time. */
export interface Reading {
  incidentId: string;
  settings: SupportSettings;
  ctx: ReaderContext;
  /** The signed-in operator's key, when they are of this incident; nobody signed in opens nothing. */
  opener: OpenerKey | null;
  now: string;
}

/**
 * Runs `read` with the operator's key derived once, and zeroed afterwards whatever happens; `asOperator` false reads
 * as nobody (the command view's counts).
 */
export function withReading<T>(ws: Workspace, incidentId: string, read: (r: Reading) => T, asOperator = true): T {
  getIncident(ws, incidentId);
  const settings = settingsOf(ws, incidentId);
  const session = asOperator ? ws.session.operator : null;
  const opener = session && session.incidentId === incidentId ? openerOf(session.personId, session.key) : null;
  try {
    return read({ incidentId, settings, ctx: readerContext(ws, incidentId, settings), opener, now: isoAt(ws.clock.now()) });
  } finally {
    opener?.wipe();
  }
}

export const EMPTY_DETAILS: HouseholdDetails = { names: '', contact: '', address: '', notes: '' };

/** The details if the keys open them; empty details when none were written yet and the keys open the current generation. */
export function detailsOf(record: { id: string; sealed: string | null; keyring: { generations: { gen: number }[] } }, keys: ReadonlyMap<number, Buffer>): HouseholdDetails | null {
  if (record.sealed === null) {
    const current = record.keyring.generations.at(-1);
    return current && keys.has(current.gen) ? EMPTY_DETAILS : null;
  }
  const text = openText(record.sealed, keys, detailsAd(record.id));
  if (text === null) return null;
  // Authentic but malformed (a reader's console wrote it so) reads as unreadable, never as a failed read of the list.
  try {
    const parsed = householdDetailsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const contactDue = (r: Reading, status: string, since: string): boolean =>
  status === 'open' && Date.parse(since) + r.settings.contactIntervalHours * 3_600_000 < Date.parse(r.now);

/** A household as the operator may see it, and the keys it opened for them (wiped by the caller). */
function seen(r: Reading, row: HouseholdRow, overdueNeeds: number): { household: Household; keys: Map<number, Buffer> } {
  const { sealed: _sealed, keyring, ...plain } = householdOf(row, overdueNeeds);
  const keys = r.opener ? openKeys(keyring, r.opener) : new Map<number, Buffer>();
  const details = detailsOf({ id: plain.id, sealed: _sealed, keyring }, keys);
  const readers = intendedReaders(r.ctx, plain.liaisonId);
  const current = keyring.generations.at(-1)?.boxes ?? [];
  const named = (b: { personId: string }) => ({ personId: b.personId, name: r.ctx.people.get(b.personId)?.name ?? 'someone no longer on the roster' });
  const household: Household = {
    ...plain,
    details,
    sealed: details === null,
    waiting: waitingOf(keyring, readers),
    readers: current.map(named),
    formerReaders: current.filter((b) => !readers.some((x) => x.personId === b.personId)).map(named),
    contactOverdue: contactDue(r, plain.status, plain.lastContactAt ?? plain.createdAt),
  };
  return { household, keys };
}

export function getHousehold(ws: Workspace, id: string): { household: Household; needs: ReturnType<typeof needsOf>; contacts: SupportContact[] } {
  const row = householdRow(ws, id);
  return withReading(ws, row.incident_id, (r) => {
    const { household, keys } = seen(r, row, overdueByHousehold(ws, r.incidentId, r.now).get(id) ?? 0);
    try {
      const contacts = contactsOf(ws, id).map(({ sealedNote, incidentId: _incident, ...c }) => {
        const note = sealedNote === null ? (keys.size > 0 ? '' : null) : openText(sealedNote, keys, noteAd(id, c.id));
        return { ...c, note, sealed: note === null };
      });
      return { household, needs: needsOf(ws, id, r.now), contacts };
    } finally {
      wipe(keys.values());
    }
  });
}

function seenAll(ws: Workspace, r: Reading, filter: Parameters<typeof householdRows>[2] = {}): Household[] {
  const overdue = overdueByHousehold(ws, r.incidentId, r.now);
  return householdRows(ws, r.incidentId, filter).map((row) => {
    const { household, keys } = seen(r, row, overdue.get(row.id) ?? 0);
    wipe(keys.values());
    return household;
  });
}

export function listHouseholds(ws: Workspace, input: z.output<typeof supportListInput>): { households: Household[]; total: number } {
  return withReading(ws, input.incidentId, (r) => {
    const households = seenAll(ws, r, input);
    return { households, total: households.length };
  });
}

/** For the command view: no names, no details, whoever asks. */
export function summarise(ws: Workspace, incidentId: string): SupportSummary {
  return withReading(
    ws,
    incidentId,
    (r) => {
      const all = seenAll(ws, r);
      const open = all.filter((h) => h.status === 'open');
      return {
        households: all.length,
        byKind: householdsByKind(ws, incidentId),
        needs: needCounts(ws, incidentId),
        flags: {
          withoutLiaison: open.filter((h) => h.liaisonId === null).length,
          needsOverdue: all.reduce((n, h) => n + h.needs.overdue, 0),
          contactOverdue: open.filter((h) => h.contactOverdue).length,
          waitingReaders: all.filter((h) => h.waiting.length > 0).length,
          formerReaders: all.filter((h) => h.formerReaders.length > 0).length,
        },
        contactIntervalHours: r.settings.contactIntervalHours,
      };
    },
    false,
  );
}
