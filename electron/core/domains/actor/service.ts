import {
  DEFAULT_STALE_AFTER_MINUTES,
  actorStatuses,
  type Actor,
  type ActorCreateInput,
  type ActorFields,
  type ActorKind,
  type ActorListInput,
  type ActorSummary,
  type PossibleDuplicate,
} from '../../../../shared/domain/actor';
import { getIncident } from '../incident';
import { decodeRow, type EntityFields } from '../../kernel/ops/entities';
import { changedFields, type Change } from '../../kernel/ops/change';
import { requireRow } from '../../kernel/query/links';
import { ListQuery, isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { findLookAlikes } from './duplicates';
import { actorEntity } from './entity';
import { newId } from '../../kernel/ops/ids';

export function staleAfterMinutes(ws: Workspace, incidentId: string): number {
  const row = ws.db.prepare('SELECT stale_after_minutes AS m FROM actor_settings WHERE id = ?').get(incidentId) as { m: number | null } | undefined;
  return row?.m ?? DEFAULT_STALE_AFTER_MINUTES;
}

/** The instant before which a silent actor is stale, from the console's clock (a test clock in tests). */
const staleCutoff = (ws: Workspace, incidentId: string): string => isoAt(ws.clock.now() - staleAfterMinutes(ws, incidentId) * 60_000);

/** SQL for the stale flag; the cutoff is its one parameter. A released actor is never stale. */
const LAST_HEARD = 'coalesce(t.last_check_in_at, t.created_at)';
const STALE_SQL = `(t.status != 'released' AND ${LAST_HEARD} < ?)`;

function toActor(row: Record<string, unknown>, cutoff: string): Actor {
  const fields = decodeRow(actorEntity, row) as Omit<Actor, 'stale'>;
  const last = fields.lastCheckInAt ?? fields.createdAt;
  return { ...fields, stale: fields.status !== 'released' && last < cutoff };
}

export function getActor(ws: Workspace, id: string): Actor {
  const row = requireRow(ws, 'actors', id, 'actor');
  return toActor(row, staleCutoff(ws, String(row.incident_id)));
}

export function createActor(ws: Workspace, input: ActorCreateInput): { actor: Actor; possibleDuplicates: PossibleDuplicate[] } {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  const fields = {
    contact: '',
    role: '',
    location: '',
    latitude: null,
    longitude: null,
    status: 'en route',
    ...given,
    lastCheckInAt: null,
    createdAt: isoAt(ws.clock.now()),
  } satisfies EntityFields['actor'];
  const listed = ws.db.prepare('SELECT id, name, kind, contact FROM actors WHERE incident_id = ? AND deleted = 0').all(incidentId) as {
    id: string;
    name: string;
    kind: ActorKind;
    contact: string | null;
  }[];
  const possibleDuplicates = findLookAlikes(
    { name: fields.name, kind: fields.kind, contact: fields.contact },
    listed.map((a) => ({ ...a, contact: a.contact ?? '' })),
  );
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'actor', entityId: id, action: 'add', fields }]);
  return { actor: getActor(ws, id), possibleDuplicates };
}

export function updateActor(ws: Workspace, id: string, changes: Partial<ActorFields>): Actor {
  const current = getActor(ws, id);
  const changed = changedFields(current, changes);
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'actor', entityId: id, action: 'set', fields: changed }]);
  return getActor(ws, id);
}

/** One click: an append-only check-in, and the actor's latest check-in moved to now, in one batch. */
export function checkInActor(ws: Workspace, id: string, note = '', when?: string): Actor {
  const actor = getActor(ws, id);
  const at = when ? utcIso(when) : isoAt(ws.clock.now());
  const checkIn: Change = { entity: 'actorCheckIn', entityId: newId(), action: 'add', fields: { actorId: id, actorName: actor.name, at, note } };
  // A late-logged older check-in is kept in the log but does not move the latest one back.
  const newer = !actor.lastCheckInAt || at > actor.lastCheckInAt;
  ws.ops.commit(actor.incidentId, ws.author(), newer ? [checkIn, { entity: 'actor', entityId: id, action: 'set', fields: { lastCheckInAt: at } }] : [checkIn]);
  return getActor(ws, id);
}

export function setStaleAfter(ws: Workspace, incidentId: string, minutes: number): { staleAfterMinutes: number } {
  getIncident(ws, incidentId);
  const exists = ws.db.prepare('SELECT 1 FROM actor_settings WHERE id = ?').get(incidentId);
  ws.ops.commit(incidentId, ws.author(), [
    { entity: 'actorSettings', entityId: incidentId, action: exists ? 'set' : 'add', fields: { staleAfterMinutes: minutes } },
  ]);
  return { staleAfterMinutes: staleAfterMinutes(ws, incidentId) };
}

const orderBy: Record<ActorListInput['sort'], string> = {
  name: 't.name COLLATE NOCASE',
  kind: 't.kind',
  status: 't.status',
  // Released actors need no chasing: they come after everyone still deployed.
  lastCheckIn: `t.status = 'released', ${LAST_HEARD}`,
};

export function listActors(ws: Workspace, input: ActorListInput): { actors: Actor[]; total: number; staleAfterMinutes: number } {
  getIncident(ws, input.incidentId);
  const cutoff = staleCutoff(ws, input.incidentId);
  const q = new ListQuery('actors t', input.incidentId)
    .in('t.status', input.statuses)
    .in('t.kind', input.kinds)
    .text(['t.name', 't.role', 't.location', 't.contact'], input.text);
  if (input.staleOnly) q.add(STALE_SQL, cutoff);
  const rows = q.page(ws.db, 't.*', `${orderBy[input.sort]} ${input.dir}`, input.offset, input.limit);
  return { actors: rows.map((r) => toActor(r, cutoff)), total: q.count(ws.db), staleAfterMinutes: staleAfterMinutes(ws, input.incidentId) };
}

export function summariseActors(ws: Workspace, incidentId: string, shown = 8): ActorSummary {
  getIncident(ws, incidentId);
  const cutoff = staleCutoff(ws, incidentId);
  const all = new ListQuery('actors t', incidentId);
  const byStatus = all.countBy(ws.db, 't.status', actorStatuses);
  const staleCount = new ListQuery('actors t', incidentId).add(STALE_SQL, cutoff).count(ws.db);
  // Stale ones first, longest silent first; then the active ones most recently heard from.
  const attention = new ListQuery('actors t', incidentId)
    .add("t.status != 'released'")
    .page(ws.db, 't.*', `${STALE_SQL} DESC, CASE WHEN ${STALE_SQL} THEN ${LAST_HEARD} END ASC, ${LAST_HEARD} DESC`, 0, shown, [cutoff, cutoff])
    .map((r) => toActor(r, cutoff));
  return {
    total: Object.values(byStatus).reduce((s, n) => s + n, 0),
    byStatus,
    staleCount,
    staleAfterMinutes: staleAfterMinutes(ws, incidentId),
    attention,
  };
}
