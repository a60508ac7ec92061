import type { z } from 'zod';
import type { decisionProblemSchema, decisionVerifyOutput } from '../../../../shared/domain/priority';
import { getIncident } from '../incident';
import { opHash } from '../../kernel/ops/op-log';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { contentOfOp, decisionHash, str } from './chain';
import { storedDecisions } from './read';
import { decisionEntity } from './entity';

type Problem = z.infer<typeof decisionProblemSchema>;

/**
 * Recomputes every console's decision chain from the rows the screens read and from the signed ops: a row whose
 * content no longer hashes to its hash, or differs from its op, was altered; an op without its row, or a row whose
 * `prevHash` is not its predecessor's hash, means an entry was removed; a row without an op was never recorded.
 */
export function verifyDecisions(ws: Workspace, incidentId: string): z.infer<typeof decisionVerifyOutput> {
  getIncident(ws, incidentId);
  const rows = storedDecisions(ws, incidentId);
  const ops = opHistory(ws.db).ofEntity(incidentId, decisionEntity.name);
  const problems: Problem[] = [];
  const report = (decisionId: string, deviceId: string, problem: Problem['problem'], detail: string) => problems.push({ decisionId, deviceId, problem, detail });
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const opIds = new Set(ops.map((op) => op.entityId));

  for (const op of ops) {
    const row = rowById.get(op.entityId);
    if (opHash(op) !== op.hash) report(op.entityId, op.deviceId, 'altered', 'its op no longer matches the op’s hash');
    if (!row) {
      report(op.entityId, op.deviceId, 'removed', `the decision “${str(op.fields.what)}” is missing from the decision log`);
      continue;
    }
    const fromOp = { ...contentOfOp(op), hash: str(op.fields.hash), hlc: op.hlc };
    const { hash: _h, hlc: _t, ...content } = row;
    if (decisionHash(content) !== row.hash) report(row.id, row.deviceId, 'altered', 'its content no longer matches its hash');
    else if (JSON.stringify(fromOp) !== JSON.stringify(row)) report(row.id, row.deviceId, 'altered', 'it differs from the signed op that recorded it');
  }
  for (const row of rows) if (!opIds.has(row.id)) report(row.id, row.deviceId, 'unrecorded', 'no signed op recorded this decision');

  // Each console's chain, in the order it wrote them: every entry points at the one before.
  const byDevice = new Map<string, typeof rows>();
  for (const row of [...rows].sort((a, b) => (a.hlc < b.hlc ? -1 : 1))) byDevice.set(row.deviceId, [...(byDevice.get(row.deviceId) ?? []), row]);
  for (const [deviceId, chain] of byDevice) {
    chain.forEach((row, i) => {
      const expected = chain[i - 1]?.hash ?? '';
      if (row.prevHash !== expected) report(row.id, deviceId, 'removed', 'the entry before it in this console’s chain is missing or altered');
    });
  }
  return { intact: problems.length === 0, checked: rows.length, problems };
}
