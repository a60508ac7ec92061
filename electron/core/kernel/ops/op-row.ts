import type { JsonValue, Op } from '../../../../shared/domain/op';

/** An `ops` row as SQLite returns it. */
export interface OpRow {
  incident_id: string;
  device_id: string;
  seq: number;
  hlc: string;
  author: string;
  author_key: string;
  entity: string;
  entity_id: string;
  action: Op['action'];
  fields: string;
  prev: string;
  hash: string;
  sig: string | null;
  author_sig: string | null;
}

export const rowToOp = (r: OpRow): Op => ({
  incidentId: r.incident_id,
  deviceId: r.device_id,
  seq: r.seq,
  hlc: r.hlc,
  author: r.author,
  authorKey: r.author_key,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  fields: JSON.parse(r.fields) as Record<string, JsonValue>,
  prev: r.prev,
  hash: r.hash,
  sig: r.sig,
  authorSig: r.author_sig,
});
