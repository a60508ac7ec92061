import { afterAll, describe, expect, it } from 'vitest';
import type { PeersView } from '../../../shared/domain/sync';
import { COMMANDER } from '../../fixtures/temp-store';
import { closeConsoles, converge, startConsole, type TestConsole } from './in-process';

afterAll(closeConsoles);

/** Resolves once `test` holds for the console's peers view, checked again on every peers event; rejects after `ms`. */
function peersUntil(c: TestConsole, incidentId: string, test: (view: PeersView) => boolean, ms = 15_000): Promise<PeersView> {
  return new Promise((resolve, reject) => {
    let last: PeersView | null = null;
    const check = async () => {
      last = await c.call('sync:peers', { incidentId });
      if (!test(last)) return;
      done();
      resolve(last);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`the peers view never matched in ${ms} ms: ${JSON.stringify(last?.peers)}`));
    }, ms);
    const off = c.concord.on('sync:peers', () => void check().catch(reject));
    const done = () => {
      clearTimeout(timer);
      off();
    };
    void check().catch(reject);
  });
}

const other = (view: PeersView) => view.peers.find((p) => !p.self && p.connected);

describe('consoles that hold the same ops compare their pictures', () => {
  it('agree once idle, and say so plainly when one of them shows another picture of the same ops', { timeout: 40_000 }, async () => {
    const a = await startConsole();
    const incidentId = (await a.call('incident:create', { name: 'Two pictures', kind: 'other', mode: 'exercise', commander: COMMANDER })).id;
    const b = await startConsole();
    await b.call('sync:join', { code: (await a.call('sync:joinCode', { incidentId })).code });
    await converge([a, b], incidentId);
    await peersUntil(a, incidentId, (v) => other(v)?.disagrees === false);

    // Bravo's projection is changed behind the op log's back, as a console with other rules or a bug would show it.
    b.concord.store.current().db.prepare("UPDATE incidents SET area_description = 'somewhere else' WHERE id = ?").run(incidentId);
    await a.call('log:note', { incidentId, text: 'Cordon at Elm Street' });
    const seen = await peersUntil(a, incidentId, (v) => other(v)?.disagrees === true);
    expect(other(seen)?.disagrees).toBe(true);
    await peersUntil(b, incidentId, (v) => other(v)?.disagrees === true);
  });
});
