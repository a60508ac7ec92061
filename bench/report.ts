import { performance } from 'node:perf_hooks';
import { createIncident } from '../electron/core/domains/incident/service';
import { startPeriod } from '../electron/core/domains/period/service';
import { buildReport } from '../electron/core/domains/sitrep/build';
import type { Change } from '../electron/core/kernel/ops/change';
import { newId } from '../electron/core/kernel/ops/ids';
import { COMMANDER, TestClock, tempWorkspace } from '../tests/fixtures/temp-store';
import { measureReportPdf } from './report-pdf';
import type { BenchResult } from './results';

const TASKS = 10_000;
const ACTORS = 2_000;
const LOG_NOTES = 50_000;
const BATCH = 1_000;
const ROUNDS = 5;
const HOUR = 3_600_000;
const statuses = ['to do', 'in progress', 'blocked', 'done'] as const;

/** Commits `count` changes in batches, as a busy EOC's consoles would have over a shift. */
function commitAll(ws: ReturnType<typeof tempWorkspace>, incidentId: string, count: number, change: (n: number) => Change): void {
  for (let done = 0; done < count; done += BATCH) {
    ws.ops.commit(incidentId, ws.author(), Array.from({ length: Math.min(BATCH, count - done) }, (_, i) => change(done + i)));
  }
}

/**
 * `report.sitrep_ms`: the situation report of an incident with 10,000 tasks (half of those not done overdue),
 * 2,000 actors (half stale) and 50,000 log entries, built as `sitrep:preview` builds it. Median of the rounds.
 */
async function measureSitrep(): Promise<{ ms: number; bytes: number }> {
  const clock = new TestClock();
  const ws = tempWorkspace(clock);
  try {
    const { id: incidentId } = await createIncident(ws, { name: 'Bench incident', kind: 'other', mode: 'exercise', commander: COMMANDER });
    const leadId = ws.authorId();
    const priorityId = newId();
    ws.ops.commit(incidentId, ws.author(), [{ entity: 'priority', entityId: priorityId, action: 'add', fields: { title: 'Protect the community', rationale: '', visibility: 'public', rank: 'a0' } }]);
    const at = (h: number) => new Date(clock.now() + h * HOUR).toISOString();
    commitAll(ws, incidentId, ACTORS / 2, (n) => ({ entity: 'actor', entityId: newId(), action: 'add', fields: { kind: 'police', name: `Patrol ${n}`, contact: '', role: '', location: '', latitude: null, longitude: null, status: 'on scene', lastCheckInAt: null, createdAt: at(0) } }));
    clock.advance(2 * HOUR);
    commitAll(ws, incidentId, ACTORS / 2, (n) => ({ entity: 'actor', entityId: newId(), action: 'add', fields: { kind: 'medical', name: `Crew ${n}`, contact: '', role: '', location: '', latitude: null, longitude: null, status: 'en route', lastCheckInAt: null, createdAt: at(0) } }));
    commitAll(ws, incidentId, TASKS, (n) => ({
      entity: 'task',
      entityId: newId(),
      action: 'add',
      fields: { title: `Task ${n}`, details: '', ownerId: leadId, dueAt: at(n % 2 === 0 ? -1 : 4), status: statuses[n % statuses.length] ?? 'to do', priorityId, protectionNeedId: null, actorId: null, createdAt: at(0) },
    }));
    commitAll(ws, incidentId, LOG_NOTES, (n) => ({ entity: 'logNote', entityId: newId(), action: 'add', fields: { text: `Check-in ${n} from the cordon at Elm Street` } }));
    const { id: periodId } = startPeriod(ws, { incidentId, plannedEndAt: at(12), objectiveIds: [priorityId], leadId });
    const runs: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      bytes = buildReport(ws, periodId).content.length;
      runs.push(performance.now() - start);
    }
    const sorted = [...runs].sort((a, b) => a - b);
    return { ms: Math.round(sorted[Math.floor(ROUNDS / 2)] ?? 0), bytes };
  } finally {
    ws.close();
  }
}

/** `report.sitrep_ms` in the core, then `report.pdf_ms`, whose PDF needs a console and a browser (bench/report-pdf.ts). */
export async function benchReport(): Promise<BenchResult> {
  const sitrep = await measureSitrep();
  const pdf = await measureReportPdf();
  return {
    file: 'report.json',
    metrics: { sitrep_ms: sitrep.ms, pdf_ms: pdf.pdfMs },
    details: { tasks: TASKS, actors: ACTORS, log_entries: LOG_NOTES, rounds: ROUNDS, content_bytes: sitrep.bytes, target_ms: 500, note: 'median of the rounds, encrypted store', ...pdf.details },
  };
}
