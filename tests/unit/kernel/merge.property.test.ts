import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityDefs } from '../../../electron/core/app/domains';
import { createIncident } from '../../../electron/core/domains/incident/service';
import type { Change } from '../../../electron/core/kernel/ops/change';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { COMMANDER, TestClock, opsOf, signedChunks, tempWorkspace } from '../../fixtures/temp-store';

const risk = ['none', 'low', 'elevated', 'high', 'critical'] as const;
const outlook = ['de-escalating', 'stable', 'escalating', 'unknown'] as const;

const editArb = fc.record({
  device: fc.nat(2),
  field: fc.constantFrom('securityRiskLevel', 'escalationOutlook', 'securityRiskNote', 'note'),
  value: fc.nat(3),
  // Clocks step by zero or more, so equal HLCs across devices happen and the device id must break the tie.
  step: fc.constantFrom(0, 0, 1, 1000),
});


describe('deterministic merge', () => {
  it('every interleaving of the same ops gives the same state hash', async () => {
    // Opened once, on a console of its own (opening derives a key from the commander's PIN, about a second): every
    // run's consoles start from its opening batch.
    const opener = tempWorkspace(new TestClock());
    try {
      const incident = await createIncident(opener, { name: 'Property', kind: 'other', mode: 'exercise', commander: COMMANDER });
      const seed = opsOf(opener, incident.id);
      const commander = opener.session.operator;
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 20 }), fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }), (edits, picks) => {
          const clocks = [new TestClock(), new TestClock(), new TestClock()];
          const consoles = clocks.map((c) => tempWorkspace(c));
          const receivers = [tempWorkspace(new TestClock()), tempWorkspace(new TestClock())];
          try {
            // The opening batch (incident, roster, the commander's role) comes first everywhere, as sync delivers
            // ops in HLC order: permissions granted in it are checked when every later op is applied.
            for (const c of [...consoles, ...receivers]) c.ops.applyRemote(seed);
            // The commander, signed in on every editing console, signs each edit with their key.
            for (const c of consoles) c.session.operator = commander;
            for (const e of edits) {
              const ws = consoles[e.device];
              const clock = clocks[e.device];
              if (!ws || !clock) continue;
              clock.advance(e.step);
              const change: Change =
                e.field === 'note'
                  ? { entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text: `note ${e.value}` } }
                  : {
                      entity: 'incident',
                      entityId: incident.id,
                      action: 'set',
                      fields:
                        e.field === 'securityRiskLevel'
                          ? { securityRiskLevel: risk[e.value] ?? 'none' }
                          : e.field === 'escalationOutlook'
                            ? { escalationOutlook: outlook[e.value] ?? 'stable' }
                            : { securityRiskNote: `note ${e.value}` },
                    };
              ws.ops.commit(incident.id, ws.author(), [change]);
            }
            const streams = consoles.map((c) => signedChunks(opsOf(c, incident.id).filter((o) => o.deviceId === c.device.deviceId)));
            const hashes = receivers.map((receiver, r) => {
              const queues = streams.map((s) => [...s]);
              let i = 0;
              while (queues.some((q) => q.length > 0)) {
                const live = queues.filter((q) => q.length > 0);
                const pick = live[((picks[i++ % picks.length] ?? 0) + r) % live.length];
                const chunk = pick?.shift();
                if (chunk) receiver.ops.applyRemote(chunk);
              }
              return stateHash(receiver.db, incident.id, entityDefs);
            });
            // Full exchange among the editing consoles too: every one of them converges on the receivers' state.
            for (const c of consoles) for (const other of consoles) c.ops.applyRemote(opsOf(other, incident.id));
            const all = [...hashes, ...consoles.map((c) => stateHash(c.db, incident.id, entityDefs))];
            expect(new Set(all).size).toBe(1);
          } finally {
            for (const ws of [...consoles, ...receivers]) ws.close();
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      opener.close();
    }
  });
});
