import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityDefs } from '../../../electron/core/app/domains';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { byRank, ranksForMove } from '../../../electron/core/domains/priority/ranks';
import { listPriorities } from '../../../electron/core/domains/priority/read';
import { addPriority, movePriority } from '../../../electron/core/domains/priority/service';
import { TestClock, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { openIncident } from '../roster/helpers';

const moveArb = fc.record({ console: fc.nat(1), from: fc.nat(5), to: fc.nat(5), step: fc.constantFrom(0, 1, 1000) });

describe('priority order', () => {
  it('puts a moved priority where it was dropped, even among tied keys', () => {
    const list = [
      { id: 'a', rank: 'a0' },
      { id: 'b', rank: 'a1' },
      { id: 'c', rank: 'a1' },
      { id: 'd', rank: 'a1' },
      { id: 'e', rank: 'a2' },
    ];
    for (const [id, to] of [['a', 2], ['e', 1], ['a', 4], ['d', 0]] as const) {
      const ranks = ranksForMove(list, id, to);
      const next = list.map((p) => ({ ...p, rank: ranks.get(p.id) ?? p.rank })).sort(byRank);
      expect(next.findIndex((p) => p.id === id)).toBe(to);
    }
  });

  it('converges on two consoles whatever moves each made concurrently', async () => {
    // Opened once (opening derives a key from the commander's PIN, about a second); each run starts from its ops.
    const opener = tempWorkspace(new TestClock(), false);
    const { opening, incidentId, commander } = await openIncident(opener)
      .then(({ incidentId }) => ({ opening: opsOf(opener, incidentId), incidentId, commander: opener.session.operator }))
      .finally(() => opener.close());
    fc.assert(
      fc.property(fc.array(moveArb, { minLength: 1, maxLength: 12 }), (moves) => {
        const clocks = [new TestClock(), new TestClock()];
        const [a, b] = clocks.map((c) => tempWorkspace(c, false));
        if (!a || !b) throw new Error('no consoles');
        try {
          a.ops.applyRemote(opening);
          a.session.operator = commander;
          for (const title of ['Life safety', 'Prevent backlash', 'Inform the public', 'Support victims', 'Protect sites', 'Restore services']) addPriority(a, { incidentId, title });
          b.ops.applyRemote(opsOf(a, incidentId));
          b.session.operator = a.session.operator;
          for (const m of moves) {
            const ws = m.console === 0 ? a : b;
            clocks[m.console]?.advance(m.step);
            const list = listPriorities(ws, incidentId);
            const id = list[m.from]?.id;
            if (id) expect(movePriority(ws, { incidentId, id, toIndex: m.to }).findIndex((p) => p.id === id)).toBe(m.to);
          }
          a.ops.applyRemote(opsOf(b, incidentId));
          b.ops.applyRemote(opsOf(a, incidentId));
          expect(listPriorities(b, incidentId).map((p) => p.id)).toEqual(listPriorities(a, incidentId).map((p) => p.id));
          expect(stateHash(b.db, incidentId, entityDefs)).toBe(stateHash(a.db, incidentId, entityDefs));
        } finally {
          a.close();
          b.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
