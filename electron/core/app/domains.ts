import type { Schema, SomeDomain } from '../kernel/domain';
import type { Trust } from '../kernel/ops/ledger';
import { inVersionOrder } from '../kernel/db/migrations';
import { kernelMigrations } from '../kernel/migrations';
import { incidentDomain, incidentFacts } from '../domains/incident';
import { logDomain } from '../domains/log';
import { syncDomain, syncFacts, type SyncService } from '../domains/sync';
import { actorDomain } from '../domains/actor';
import { protectionDomain } from '../domains/protection';
import { taskDomain } from '../domains/task';
import { rosterAuthority, rosterDomain } from '../domains/roster';
import { priorityDomain } from '../domains/priority';
import { decisionDomain } from '../domains/decision';
import { statementDomain } from '../domains/statement';
import { refusalDomain } from '../domains/refusal';
import { promiseDomain } from '../domains/promise';
import { falseClaims, rumourDomain } from '../domains/rumour';
import { playbookDomain } from '../domains/playbook';
import { engagementDomain } from '../domains/engagement';
import { supportDomain } from '../domains/support';
import { periodDomain } from '../domains/period';
import { sitrepDomain } from '../domains/sitrep';
import { requestDomain } from '../domains/request';
import { reviewDomain } from '../domains/review';
import { formDomain } from '../domains/form';
import { scenarioDomain } from '../domains/scenario';
import { templateDomain } from '../domains/template';
import { storeDomain } from '../domains/store';
import { testDomain } from '../domains/test';
import { printDomain, type PdfPrinter } from '../domains/print';

/**
 * The one list of domains. Their entities project in this order (the state hash reads their tables in it); a new
 * domain adds its module here.
 */
export const domains = (sync: () => SyncService | null, printer: PdfPrinter | null = null) =>
  [
    storeDomain,
    incidentDomain,
    logDomain,
    syncDomain(sync),
    actorDomain,
    protectionDomain,
    taskDomain,
    rosterDomain,
    priorityDomain,
    decisionDomain,
    statementDomain({ falseClaims }),
    rumourDomain,
    refusalDomain,
    promiseDomain,
    playbookDomain,
    engagementDomain,
    supportDomain,
    periodDomain,
    sitrepDomain,
    requestDomain,
    reviewDomain,
    formDomain,
    scenarioDomain,
    templateDomain,
    testDomain,
    printDomain(printer),
  ] as const satisfies readonly SomeDomain[];

/** Every kind of record the op log projects. */
export const entityDefs = domains(() => null).flatMap((d) => d.entities);

/** The kernel's and every domain's migrations, in version order (a gap or a repeat throws at start). */
export const migrations = inVersionOrder([...kernelMigrations, ...domains(() => null).flatMap((d) => d.migrations)]);

/**
 * What the judge asks of every op's author, answered by the roster (whose founder is the incident's opener), and
 * which consoles' chains are cut, answered by sync's revocations.
 */
const trust: Trust = {
  authority: (ledger) => rosterAuthority(ledger, () => ledger.facts(incidentFacts).opening),
  cuts: (ledger) => ledger.facts(syncFacts),
};

/** What every workspace opens with. */
export const schema: Schema = { entities: entityDefs, migrations, trust };
