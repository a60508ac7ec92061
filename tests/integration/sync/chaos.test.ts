import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/domain/log';
import type { RefusedEdit } from '../../../shared/domain/refusal';
import type { Roster } from '../../../shared/domain/roster';
import { positionOf, type Position } from '../../../electron/core/kernel/ops/position';
import { seededRandom, testSeed } from '../../fixtures/seeded-random';
import { SYNC_PORT, type ConsoleProcess } from './console-process';
import { convergeConsoles, pastMillisecondOf, useTestLan } from './test-lan';
import { COMMANDER } from '../../fixtures/temp-store';

/**
 * Seeded chaos with five real consoles (the web-host CLI, one process each, in their own network namespaces): random
 * pulled cables, SIGKILLs and restarts, while the commander ends staff members' shifts on one console as they keep
 * writing on a console cut off from it, reassigns them, and everyone writes notes. Once every cable is back and every
 * console runs again, all five must reach one state hash, list the same refused edits, keep every note they
 * acknowledged, and refuse exactly the acknowledged notes whose author held no role at that point of the order.
 *
 * Rerun a failure with CONCORD_TEST_SEED=<seed> (printed at the start and in every failure).
 */
const SEED = testSeed();
/** Rounds of random steps, each ended by putting every cable back and restarting every console. */
const ROUNDS = 3;
const STEPS = 40;
const CONVERGE_MS = 90_000;
const { lan, makeConsole } = useTestLan('chaos');
console.log(`chaos: seed ${SEED} (rerun with CONCORD_TEST_SEED=${SEED})`);

const random = seededRandom(SEED);
const pick = <T>(list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** The fixtures' commander PIN, under this test's name for them. */
const commander = { name: 'Dana Okafor', pin: COMMANDER.pin };
const staffNames = ['Jo Staff', 'Kim Staff', 'Lee Staff'];
const staffPin = (i: number): string => `24${i}80`;
/** A second holder of the commander's role, whose assignment the commander ends while they assign staff elsewhere. */
const deputy = { name: 'Sam Deputy', pin: '13579024' };


interface Person {
  id: string;
  name: string;
  pin: string;
  /** The role the test assigns them to (the commander's own is never ended). */
  roleId: string;
}

/** A console of the run, with what the test knows of it. */
interface Node {
  n: number;
  proc: ConsoleProcess;
  env: Record<string, string>;
  running: boolean;
  linked: boolean;
  signedIn: string | null;
  deviceId: string;
}

/** An edit a console answered ok to: it must survive kills and be on every console in the end. */
interface Acked {
  deviceId: string;
  seq: number;
  hlc: string;
  author: string;
  /** A note's text, or what a roster change did. */
  text: string;
  kind: 'note' | 'assign';
}



describe('chaos: five consoles, cables pulled, processes killed, shifts ended while their holders write', () => {
  it('every run ends on one state hash, with every acknowledged edit of an operator who held the role', { timeout: 240_000 }, async () => {
    const story: string[] = [];
    const say = (line: string) => story.push(line);
    const nodes: Node[] = [1, 2, 3, 4, 5].map((n) => {
      const proc = makeConsole(n, `c${n}`);
      return { n, proc, env: {}, running: false, linked: true, signedIn: null, deviceId: '' };
    });
    // Every console keeps reaching every other one, so a restarted console finds its peers without waiting for a beacon.
    for (const x of nodes) x.env = { CONCORD_PEERS: nodes.filter((y) => y !== x).map((y) => `${y.proc.address}:${SYNC_PORT}`).join(',') };
    const [first] = nodes;
    if (!first) throw new Error('no console');

    try {
      await Promise.all(nodes.map((x) => x.proc.start(x.env)));
      for (const x of nodes) {
        x.running = true;
        x.deviceId = (await x.proc.value<{ deviceId: string | null }>('store:status', {})).deviceId ?? '';
      }
      const { id: incidentId } = await first.proc.value<{ id: string }>('incident:create', { name: 'Station Square', kind: 'hate-motivated attack', mode: 'exercise', commander });
      const roster = await first.proc.value<Roster>('roster:get', { incidentId });
      const staffRole = roster.roles.find((r) => r.kind === 'operationsStaff');
      const commandRole = roster.roles.find((r) => r.kind === 'commander');
      const commanderId = roster.people.find((p) => p.name === commander.name)?.id;
      if (!staffRole || !commandRole || !commanderId) throw new Error('the new incident lacks its operations staff or commander role, or its commander');
      first.signedIn = commanderId;
      const people = new Map<string, Person>([[commanderId, { id: commanderId, name: commander.name, pin: commander.pin, roleId: commandRole.id }]]);
      const addCrew = async (name: string, pin: string, roleId: string): Promise<Person> => {
        const person = await first.proc.value<{ id: string }>('roster:addPerson', { incidentId, name, pin });
        await first.proc.value('roster:assign', { incidentId, personId: person.id, roleId });
        // A PIN someone else set signs nothing but its replacement: each sets their own (the same digits) before the run.
        await first.proc.value('roster:signIn', { incidentId, personId: person.id, pin });
        await first.proc.value('roster:setOwnPin', { incidentId, currentPin: pin, newPin: pin });
        await first.proc.value('roster:signIn', { incidentId, personId: commanderId, pin: commander.pin });
        const p = { id: person.id, name, pin, roleId };
        people.set(p.id, p);
        return p;
      };
      const staff: Person[] = [];
      for (const [i, name] of staffNames.entries()) staff.push(await addCrew(name, staffPin(i), staffRole.id));
      const second = await addCrew(deputy.name, deputy.pin, commandRole.id);
      /** Everyone whose shift the commander may end. */
      const crew = [...staff, second];
      // One code per console: a code admits one console, once.
      for (const x of nodes.slice(1)) {
        const { code } = await first.proc.value<{ code: string }>('sync:joinCode', { incidentId, label: `c${x.n}` });
        await x.proc.value('sync:join', { code });
      }
      await convergeConsoles(nodes.map((x) => x.proc), incidentId, CONVERGE_MS);

      const acked: Acked[] = [];
      let localRefusals = 0;
      let notes = 0;
      const signIn = async (x: Node, personId: string): Promise<void> => {
        if (x.signedIn === personId) return;
        const p = people.get(personId);
        if (!p) throw new Error(`no person ${personId}`);
        await x.proc.value('roster:signIn', { incidentId, personId, pin: p.pin });
        x.signedIn = personId;
      };
      const write = async (x: Node, personId: string): Promise<void> => {
        await signIn(x, personId);
        const text = `seed ${SEED} note ${++notes} by ${people.get(personId)?.name ?? personId} on c${x.n}`;
        const r = await x.proc.call('log:note', { incidentId, text });
        if (r.ok) {
          const e = r.value as LogEntry;
          acked.push({ deviceId: e.deviceId, seq: e.seq, hlc: e.hlc, author: personId, text, kind: 'note' });
          say(`c${x.n}: ${text} (acknowledged ${e.deviceId.slice(0, 6)}/${e.seq})`);
        } else {
          // The console already knows the shift ended: refused at once, so nothing to acknowledge.
          expect(r.error.code, `c${x.n} refused a note for another reason: ${r.error.message}`).toBe('forbidden');
          localRefusals++;
          say(`c${x.n}: ${text} refused at once (${r.error.message})`);
        }
      };
      const openAssignments = async (x: Node, personId: string): Promise<string[]> => {
        const r = await x.proc.value<Roster>('roster:get', { incidentId });
        return r.roles.flatMap((role) => role.assignments).filter((a) => a.personId === personId && a.endedAt === null).map((a) => a.id);
      };
      const running = () => nodes.filter((x) => x.running);
      /** `by` (the commander or the deputy) puts `who` back on shift on `x`, unless `x` shows them on shift already. */
      const reassign = async (x: Node, by: string, who: Person): Promise<void> => {
        await signIn(x, by);
        if ((await openAssignments(x, who.id)).length > 0) return;
        const text = `${people.get(by)?.name ?? by} assigns ${who.name} again on c${x.n}`;
        const r = await x.proc.call('roster:assign', { incidentId, personId: who.id, roleId: who.roleId });
        if (!r.ok) {
          expect(r.error.code, `c${x.n} refused an assignment for another reason: ${r.error.message}`).toBe('forbidden');
          localRefusals++;
          say(`c${x.n}: ${text}: refused at once (${r.error.message})`);
          return;
        }
        // The newest assignment this console wrote itself.
        const { entries } = await x.proc.value<{ entries: LogEntry[] }>('log:list', { incidentId, entities: ['assignment'], limit: 1000 });
        const e = entries.find((entry) => entry.deviceId === x.deviceId);
        if (!e || e.action !== 'add' || e.fields.personId !== who.id) throw new Error(`c${x.n} does not show the assignment it just made`);
        acked.push({ deviceId: e.deviceId, seq: e.seq, hlc: e.hlc, author: by, text, kind: 'assign' });
        say(`c${x.n}: ${text} (acknowledged ${e.deviceId.slice(0, 6)}/${e.seq})`);
      };

      /** The shift change split by a cable: the commander on one console ends a staff member's shift; on a cut-off console they write. */
      const split = async (): Promise<void> => {
        const cut = running().filter((x) => !x.linked);
        const away = cut.length > 0 ? pick(cut) : pick(running());
        if (away.linked) {
          lan().setLink(away.n, false);
          away.linked = false;
          say(`c${away.n}: cable pulled`);
        }
        const boss = pick(running().filter((x) => x !== away));
        await signIn(boss, commanderId);
        // Someone the commander's console shows on shift, if anyone is.
        const onShift: Person[] = [];
        for (const p of crew) if ((await openAssignments(boss, p.id)).length > 0) onShift.push(p);
        const holder = pick(onShift.length > 0 ? onShift : crew);
        const ids = await openAssignments(boss, holder.id);
        for (const id of ids) await boss.proc.value('roster:endAssignment', { incidentId, id });
        if (ids.length > 0) {
          const { entries } = await boss.proc.value<{ entries: LogEntry[] }>('log:list', { incidentId, entities: ['assignment'], limit: 1000 });
          say(`c${boss.n}: the commander ends ${holder.name}'s shift`);
          const ended = entries.find((e) => e.deviceId === boss.deviceId);
          if (ended) await pastMillisecondOf(ended.hlc);
        }
        // The deputy, not knowing, puts a staff member back on shift (a roster change) or writes; staff write.
        if (holder === second && random() < 0.6) await reassign(away, holder.id, pick(staff));
        else await write(away, holder.id);
      };

      const steps: Record<string, { weight: number; can: () => boolean; run: () => Promise<void> }> = {
        write: {
          weight: 5,
          can: () => running().length > 0,
          run: async () => {
            const x = pick(running());
            await write(x, random() < 0.35 ? commanderId : pick(crew).id);
          },
        },
        split: { weight: 3, can: () => running().length >= 2, run: split },
        reassign: {
          weight: 2,
          can: () => running().length > 0,
          // The commander puts someone back on shift; now and then the deputy does it for a staff member.
          run: async () => {
            const x = pick(running());
            if (random() < 0.3) await reassign(x, second.id, pick(staff));
            else await reassign(x, commanderId, pick(crew));
          },
        },
        cut: {
          weight: 2,
          can: () => nodes.some((x) => x.linked),
          run: () => {
            const x = pick(nodes.filter((y) => y.linked));
            lan().setLink(x.n, false);
            x.linked = false;
            say(`c${x.n}: cable pulled`);
            return Promise.resolve();
          },
        },
        heal: {
          weight: 2,
          can: () => nodes.some((x) => !x.linked),
          run: () => {
            const x = pick(nodes.filter((y) => !y.linked));
            lan().setLink(x.n, true);
            x.linked = true;
            say(`c${x.n}: cable back`);
            return Promise.resolve();
          },
        },
        kill: {
          weight: 1,
          // At most two consoles down at once.
          can: () => running().length > 3,
          run: async () => {
            const x = pick(running());
            await x.proc.kill();
            x.running = false;
            x.signedIn = null;
            say(`c${x.n}: SIGKILL`);
          },
        },
        restart: {
          weight: 1.5,
          can: () => nodes.some((x) => !x.running),
          run: async () => {
            const x = pick(nodes.filter((y) => !y.running));
            await x.proc.start(x.env);
            x.running = true;
            say(`c${x.n}: restarted`);
          },
        },
      };

      /** Every cable back and every console running: they must agree, and the judge must have kept what it should. */
      const settle = async (round: number): Promise<{ ops: number; refused: Set<string> }> => {
        for (const x of nodes) {
          if (!x.linked) lan().setLink(x.n, true);
          x.linked = true;
        }
        await Promise.all(nodes.filter((x) => !x.running).map((x) => x.proc.start(x.env)));
        for (const x of nodes) x.running = true;
        say(`round ${round}: every cable back, every console running`);
        const state = await convergeConsoles(nodes.map((x) => x.proc), incidentId, CONVERGE_MS).catch(async (error: unknown) => {
          // Consoles that hold the same ops but disagree: say which refused edits differ from the first console's.
          const lists = await Promise.all(nodes.map((x) => x.proc.value<{ entries: RefusedEdit[] }>('refusal:list', { incidentId, limit: 500 })));
          const line = (e: RefusedEdit) => `${e.deviceId.slice(0, 6)}/${e.seq} ${e.entity} ${e.action} by ${e.authorName}: ${e.reason}`;
          const base = new Set(lists[0]?.entries.map(line));
          const diffs = lists.flatMap((l, i) => {
            const mine = new Set(l.entries.map(line));
            return [...[...mine].filter((x) => !base.has(x)).map((x) => `c${i + 1} also refuses ${x}`), ...[...base].filter((x) => !mine.has(x)).map((x) => `c${i + 1} does not refuse ${x}`)];
          });
          throw new Error(`${error instanceof Error ? error.message : String(error)}\nrefused edits that differ from c1's:\n${diffs.join('\n') || '(none)'}`, { cause: error });
        });

        // One list of refused edits everywhere.
        const refusals = await Promise.all(nodes.map((x) => x.proc.value<{ entries: RefusedEdit[]; total: number }>('refusal:list', { incidentId, limit: 500 })));
        const keys = refusals.map((l) => l.entries.map((e) => `${e.deviceId}/${e.seq}: ${e.reason}`).sort());
        for (const l of refusals) expect(l.entries).toHaveLength(l.total);
        for (const k of keys) expect(k).toEqual(keys[0]);
        const refused = new Set(refusals[0]?.entries.map((e) => `${e.deviceId}/${e.seq}`));

        // Every acknowledged edit is on every console: no SIGKILL lost one.
        for (const x of nodes) {
          const { entries } = await x.proc.value<{ entries: LogEntry[] }>('log:list', { incidentId, entities: ['logNote', 'assignment'], limit: 1000 });
          const held = new Set(entries.map((e) => `${e.deviceId}/${e.seq}/${e.entity === 'logNote' && typeof e.fields.text === 'string' ? e.fields.text : ''}`));
          for (const a of acked) expect(held.has(`${a.deviceId}/${a.seq}/${a.kind === 'note' ? a.text : ''}`), `c${x.n} holds ${a.text}`).toBe(true);
        }

        // Who held which role when, from the roster changes alone in the order of (HLC, device, seq): the commander's
        // own assignment is never ended, the deputy's may be, and a change by the deputy takes effect only while they
        // hold the commander's role. Every roster change the judge let stand or refused must match.
        const { entries: assignmentOps } = await first.proc.value<{ entries: LogEntry[] }>('log:list', { incidentId, entities: ['assignment'], limit: 1000 });
        const spans = new Map<string, { person: string; roleId: string; from: Position; until: Position | null }>();
        const holds = (person: string, at: Position, roleId?: string): boolean =>
          person === commanderId || [...spans.values()].some((s) => s.person === person && (roleId === undefined || s.roleId === roleId) && s.from < at && (s.until === null || s.until > at));
        const wrong: string[] = [];
        for (const e of [...assignmentOps].sort((p, q) => (positionOf(p) < positionOf(q) ? -1 : 1))) {
          const at = positionOf(e);
          const span = spans.get(e.entityId);
          // Ending an assignment that never took effect (the deputy made it after losing the role) changes nothing.
          const stands = holds(e.author, at, commandRole.id) && (e.action === 'add' || (span !== undefined && span.from < at));
          if (stands === refused.has(`${e.deviceId}/${e.seq}`)) wrong.push(`assignment ${e.action} ${e.deviceId.slice(0, 6)}/${e.seq} by ${people.get(e.author)?.name ?? e.author}: ${stands ? 'stands in the model, refused' : 'refused in the model, stands'}`);
          if (!stands) continue;
          if (e.action === 'add' && !span) {
            const person = typeof e.fields.personId === 'string' ? e.fields.personId : '';
            spans.set(e.entityId, { person, roleId: typeof e.fields.roleId === 'string' ? e.fields.roleId : '', from: at, until: null });
          }
          if (e.action === 'set' && typeof e.fields.endedAt === 'string' && span && span.until === null) span.until = at;
        }
        for (const a of acked) {
          const stands = holds(a.author, positionOf(a), a.kind === 'assign' ? commandRole.id : undefined);
          if (stands === refused.has(`${a.deviceId}/${a.seq}`)) wrong.push(`${a.text} (${a.deviceId.slice(0, 6)}/${a.seq}): ${stands ? 'its author held the role but it was refused' : 'its author held no role but it stands'}`);
        }
        if (wrong.length > 0) expect.fail(`the judge and the model of the roster disagree:\n${wrong.join('\n')}`);
        return { ops: state.ops, refused };
      };

      let settled = { ops: 0, refused: new Set<string>() };
      for (let round = 1; round <= ROUNDS; round++) {
        // Each round opens with a shift change split by a cable, then random steps.
        await split();
        for (let i = 1; i < STEPS; i++) {
          const able = Object.values(steps).filter((s) => s.can());
          let r = random() * able.reduce((sum, s) => sum + s.weight, 0);
          const step = able.find((s) => (r -= s.weight) < 0) ?? able.at(-1);
          await step?.run();
        }
        settled = await settle(round);
      }
      const { ops, refused } = settled;

      const refusedNotes = acked.filter((a) => refused.has(`${a.deviceId}/${a.seq}`)).length;
      say(`${ops} ops; ${acked.length} edits acknowledged (${acked.filter((a) => a.kind === 'assign').length} roster changes), ${refusedNotes} of them refused by the judge, ${localRefusals} refused at once`);
      console.log(`chaos: seed ${SEED}: ${process.env.CONCORD_CHAOS_STORY ? story.join('\n') : (story.at(-1) ?? '')}`);
      // Each round opened with a shift change split by a cable: notes were refused, at once or by the judge.
      expect(refusedNotes + localRefusals).toBeGreaterThan(0);
    } catch (error) {
      throw new Error(`chaos failed with CONCORD_TEST_SEED=${SEED}\n${story.join('\n')}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, { cause: error });
    }
  });
});
