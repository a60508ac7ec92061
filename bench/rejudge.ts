import { performance } from 'node:perf_hooks';
import type { Op } from '../shared/domain/op';
import { createIncident } from '../electron/core/domains/incident/service';
import { newId } from '../electron/core/kernel/ops/ids';
import type { Change } from '../electron/core/kernel/ops/change';
import { stateHash } from '../electron/core/kernel/ops/state-hash';
import { endAssignment } from '../electron/core/domains/roster/service';
import type { Author } from '../electron/core/kernel/ops/op-log';
import type { Workspace } from '../electron/core/kernel/store/workspace';
import { COMMANDER, TestClock, actAs, opsOf, rememberSigner, signedChunks, tempWorkspace } from '../tests/fixtures/temp-store';
import { staff } from '../tests/unit/roster/helpers';
import type { BenchResult } from './results';

const OPS = Number(process.env.BENCH_OPS ?? 100_000);
const EARLY = 1_000;
const BATCH = 1_000;

const note = (n: number): Change => ({ entity: 'logNote', entityId: newId(), action: 'add', fields: { text: `Cordon report ${n} from Elm Street` } });
const PRIORITY = newId();
const task = (n: number): Change => ({
  entity: 'task',
  entityId: newId(),
  action: 'add',
  fields: { title: `Task ${n}`, details: '', status: 'to do', ownerId: null, dueAt: null, priorityId: PRIORITY, actorId: null, protectionNeedId: null, createdAt: '2026-11-21T09:00:00.000Z' },
});

interface Scenario {
  incidentId: string;
  /** Console A's ops: the first EARLY, then the rest; a tenth of the rest written by the staff member. */
  ops: Op[];
  /** Console B's ops: its key, then the commander ending the staff member's assignment just after the first EARLY ops. */
  lateRoleEnd: Op[];
  /** Console C's: a note at the same early place, which changes nobody's authority. */
  lateNote: Op[];
  staffOps: number;
}

async function scenario(): Promise<Scenario> {
  const clock = new TestClock();
  const a = tempWorkspace(clock, false);
  const b = tempWorkspace(clock, false);
  const c = tempWorkspace(clock, false);
  try {
    const incident = await createIncident(a, { name: 'Rejudge bench', kind: 'other', mode: 'exercise', commander: COMMANDER });
    rememberSigner(a);
    const commander = a.session.operator?.personId ?? '';
    // The lead is given a key of their own (tests/fixtures/temp-store.ts, giveKey), so their ops are signed as theirs.
    const lead = await staff(a, incident.id, 'operationsStaff', 'Sam Lead');
    /** Who signs on `ws`: `person`, signed in there with their key. */
    const signedIn = (ws: Workspace, person: string): Author => {
      actAs(ws, incident.id, person);
      return ws.author();
    };
    const byCommander = signedIn(a, commander);
    const early = EARLY - opsOf(a, incident.id).length;
    a.ops.commit(incident.id, byCommander, Array.from({ length: early }, (_, i) => note(i)));
    for (const late of [b, c]) {
      late.ops.applyRemote(opsOf(a, incident.id));
      actAs(late, incident.id, commander);
    }
    clock.advance(1);
    const assignment = b.db.prepare('SELECT id FROM assignments WHERE person_id = ?').get(lead) as { id: string };
    endAssignment(b, { incidentId: incident.id, id: assignment.id });
    c.ops.commit(incident.id, c.author(), [note(-1)]);
    const byLead = signedIn(a, lead);
    actAs(a, incident.id, commander);
    let staffOps = 0;
    for (let done = EARLY; done < OPS; done += BATCH) {
      clock.advance(1);
      // Every tenth batch is the staff member's: tasks they may create until the role end (which A has not seen).
      const leads = (done / BATCH) % 10 === 1;
      if (leads) staffOps += BATCH;
      a.ops.commit(incident.id, leads ? byLead : byCommander, Array.from({ length: BATCH }, (_, i) => (leads ? task(done + i) : note(done + i))));
    }
    const from = (ws: typeof b) => opsOf(ws, incident.id).filter((op) => op.deviceId === ws.device.deviceId);
    return { incidentId: incident.id, ops: opsOf(a, incident.id), lateRoleEnd: from(b), lateNote: from(c), staffOps };
  } finally {
    for (const ws of [a, b, c]) ws.close();
  }
}

/**
 * `sync.rejudge_ms`: a console holding an incident of 100,000 ops receives one late op that sorts before all but the
 * first 1,000 and ends the role of the person who wrote a tenth of the later ops: the time until it has judged
 * everything again and its records (and so its state hash) are final. Beside it, a late op that changes nobody's
 * authority, which should cost about what applying one op costs.
 */
export async function benchRejudge(): Promise<BenchResult> {
  const s = await scenario();
  const target = tempWorkspace(new TestClock(Date.parse('2026-11-21T12:00:00Z')), true);
  try {
    for (const batch of signedChunks(s.ops)) target.ops.applyRemote(batch);
    const t0 = performance.now();
    target.ops.applyRemote(s.lateNote);
    const lateNoteMs = performance.now() - t0;
    const t1 = performance.now();
    target.ops.applyRemote(s.lateRoleEnd);
    const rejudgeMs = performance.now() - t1;
    const t2 = performance.now();
    stateHash(target.db, s.incidentId, target.ops.projector.entities());
    const hashMs = performance.now() - t2;
    const refused = (target.db.prepare('SELECT count(*) AS n FROM refused_ops WHERE incident_id = ?').get(s.incidentId) as { n: number }).n;
    if (refused !== s.staffOps) throw new Error(`expected ${s.staffOps} refused edits after the role end, got ${refused}`);
    return {
      file: 'rejudge.json',
      metrics: { 'sync.rejudge_ms': Math.round(rejudgeMs), 'sync.late_note_ms': Number(lateNoteMs.toFixed(1)) },
      details: { ops: s.ops.length, refused_after_role_end: refused, state_hash_ms: Math.round(hashMs) },
    };
  } finally {
    target.close();
  }
}
