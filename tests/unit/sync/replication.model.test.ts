import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { entityDefs } from '../../../electron/core/app/domains';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { decodeMessage, encodeMessage } from '../../../electron/core/domains/sync/transport/messages';
import { OpStream } from '../../../electron/core/domains/sync/transport/op-stream';
import { Replicator } from '../../../electron/core/domains/sync/transport/replication';
import { createIncident } from '../../../electron/core/domains/incident/service';
import type { Op } from '../../../shared/domain/op';
import type { OperatorSession } from '../../../electron/core/kernel/store/workspace';
import { COMMANDER, TestClock, opsOf, tempWorkspace } from '../../fixtures/temp-store';

/**
 * A model of replication among simulated consoles: real op logs on real stores, the protocol's real messages
 * (encoded and decoded), and a network that drops, duplicates and reorders them. A dropped message stands for
 * a broken TCP connection, so the network may also reconnect a pair (a fresh session on both ends, as the
 * service does). At the end every pair reconnects over a reliable network: all consoles must reach one state
 * hash and hold every op any console committed (an op once acknowledged is never lost).
 */
const CONSOLES = 3;
const levels = ['none', 'low', 'elevated', 'high', 'critical'] as const;

type Action =
  | { kind: 'commit'; at: number; level: number; notes: number }
  | { kind: 'deliver'; from: number; to: number; pick: number; fate: 'deliver' | 'drop' | 'duplicate' }
  | { kind: 'reconnect'; a: number; b: number };

const consoleIndex = fc.nat({ max: CONSOLES - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('commit' as const), at: consoleIndex, level: fc.nat({ max: 4 }), notes: fc.nat({ max: 2 }) }),
  fc.record({
    kind: fc.constant('deliver' as const),
    from: consoleIndex,
    to: consoleIndex,
    pick: fc.nat({ max: 5 }),
    fate: fc.constantFrom('deliver' as const, 'deliver' as const, 'drop' as const, 'duplicate' as const),
  }),
  fc.record({ kind: fc.constant('reconnect' as const), a: consoleIndex, b: consoleIndex }),
);

/** An incident's opening batch and its commander, signed in: opened once, since opening derives a key from a PIN. */
interface Opening {
  incidentId: string;
  seed: Op[];
  commander: OperatorSession | null;
}

async function opening(): Promise<Opening> {
  const opener = tempWorkspace(new TestClock(), false);
  try {
    const incidentId = (await createIncident(opener, { name: 'Model', kind: 'other', mode: 'exercise', commander: COMMANDER })).id;
    return { incidentId, seed: opsOf(opener, incidentId), commander: opener.session.operator };
  } finally {
    opener.close();
  }
}

function simulate({ incidentId, seed, commander }: Opening, actions: Action[]) {
  const clock = new TestClock();
  const consoles = Array.from({ length: CONSOLES }, () => tempWorkspace(clock, false));
  // Replication is the subject here: who may write is the permission guard's, tested on its own.
  for (const ws of consoles) ws.ops.judge.rulesOff = true;
  const queues = new Map<string, Buffer[]>();
  const sessions = new Map<string, Replicator>();
  const key = (from: number, to: number) => `${from}>${to}`;
  // Every console holds the opening batch (the incident and its commander's role) before the model starts, and
  // the commander is signed in on each: permissions are checked on every op applied, so writes need a role.
  for (const ws of consoles) ws.ops.applyRemote(seed);
  for (const ws of consoles) ws.session.operator = commander;
  let committed = seed.length;

  const connect = (a: number, b: number) => {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      queues.set(key(from, to), []);
      const ws = consoles[from];
      if (!ws) throw new Error('no console');
      const host = { incidentId, ops: ws.ops, stream: new OpStream(ws.db), now: () => clock.now(), epoch: () => 1, stateHash: () => stateHash(ws.db, incidentId, entityDefs) };
      sessions.get(key(from, to))?.close();
      sessions.set(key(from, to), new Replicator(host, (m) => queues.get(key(from, to))?.push(encodeMessage(m))));
    }
    sessions.get(key(a, b))?.open();
    sessions.get(key(b, a))?.open();
  };
  consoles.forEach((ws, i) =>
    ws.ops.onChange(() => {
      for (let j = 0; j < CONSOLES; j++) if (j !== i) sessions.get(key(i, j))?.pump();
    }),
  );
  const deliver = (from: number, to: number, index: number, fate: Action extends infer _ ? 'deliver' | 'drop' | 'duplicate' : never) => {
    const queue = queues.get(key(from, to));
    if (!queue || queue.length === 0) return false;
    const [message] = queue.splice(index % queue.length, 1);
    if (!message) return false;
    if (fate === 'drop') return true;
    if (fate === 'duplicate') queue.push(message);
    sessions.get(key(to, from))?.receive(decodeMessage(message));
    return true;
  };

  try {
    for (let a = 0; a < CONSOLES; a++) for (let b = a + 1; b < CONSOLES; b++) connect(a, b);
    for (const act of actions) {
      clock.advance(7);
      if (act.kind === 'commit') {
        const ws = consoles[act.at];
        const notes = Array.from({ length: act.notes }, (_, n) => ({ entity: 'logNote' as const, entityId: randomUUID(), action: 'add' as const, fields: { text: `note ${n}` } }));
        const ops = ws?.ops.commit(incidentId, ws.author(), [
          { entity: 'incident', entityId: incidentId, action: 'set', fields: { securityRiskLevel: levels[act.level] ?? 'low' } },
          ...notes,
        ]);
        committed += ops?.length ?? 0;
      } else if (act.kind === 'deliver' && act.from !== act.to) deliver(act.from, act.to, act.pick, act.fate);
      else if (act.kind === 'reconnect' && act.a !== act.b) connect(act.a, act.b);
    }
    // Heal: every pair reconnects and the network delivers everything, in order, until it is quiet.
    for (let a = 0; a < CONSOLES; a++) for (let b = a + 1; b < CONSOLES; b++) connect(a, b);
    for (let steps = 0; steps < 10_000; steps++) {
      const busy = [...queues.keys()].find((k) => (queues.get(k)?.length ?? 0) > 0);
      if (!busy) break;
      const [from, to] = busy.split('>').map(Number) as [number, number];
      deliver(from, to, 0, 'deliver');
    }
    return {
      hashes: consoles.map((ws) => stateHash(ws.db, incidentId, entityDefs)),
      counts: consoles.map((ws) => ws.ops.opCount(incidentId)),
      committed,
    };
  } finally {
    for (const session of sessions.values()) session.close();
    for (const ws of consoles) ws.close();
  }
}

describe('replication model', () => {
  afterEach(() => undefined);

  it('converges to one state hash with every committed op, whatever the network drops, duplicates or reorders', async () => {
    const opened = await opening();
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        const { hashes, counts, committed } = simulate(opened, actions);
        expect(new Set(hashes).size).toBe(1);
        expect(counts.every((c) => c === committed)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
