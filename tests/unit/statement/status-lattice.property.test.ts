import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transitionKinds } from '../../../shared/domain/statement';
import { deriveStatus, statusRank } from '../../../shared/rules/statement-status';

const kinds = fc.array(fc.constantFrom(...transitionKinds), { maxLength: 12 });

describe('statement status lattice', () => {
  it('never moves backwards as transitions arrive, in any order, and ends the same', () => {
    fc.assert(
      fc.property(kinds, fc.func(fc.integer()), (ops, order) => {
        const shuffled = ops.map((k, i) => ({ k, key: order(i) })).sort((a, b) => a.key - b.key).map((x) => x.k);
        let seen = 'draft' as ReturnType<typeof deriveStatus>;
        shuffled.forEach((_, i) => {
          const now = deriveStatus(shuffled.slice(0, i + 1));
          expect(statusRank(now)).toBeGreaterThanOrEqual(statusRank(seen));
          seen = now;
        });
        expect(deriveStatus(shuffled)).toBe(deriveStatus(ops));
        // Idempotent: receiving a transition twice (a resend) changes nothing.
        expect(deriveStatus([...ops, ...ops])).toBe(deriveStatus(ops));
      }),
      { numRuns: 300 },
    );
  });
});
