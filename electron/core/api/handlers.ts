import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import type { StoreService } from '../store/store-service';
import type { Workspace } from '../store/workspace';
import { storeHandlers } from '../store/handlers';
import { incidentHandlers } from '../incident/handlers';
import { logHandlers } from '../log/handlers';
import { operatorHandlers, rosterHandlers } from '../roster/handlers';
import { priorityHandlers } from '../priorities/handlers';
import { decisionHandlers } from '../decisions/handlers';
import { advanceTestClock } from '../testing/test-clock';
import type { Clock } from '../ops/hlc';
import { actorHandlers } from '../actors/handlers';
import { backlashHandlers, protectionHandlers } from '../protection/handlers';
import { taskHandlers } from '../tasks/handlers';
import { statementHandlers } from '../statements/handlers';
import { scenarioHandlers } from '../scenario/handlers';
import { deviceHandlers, syncHandlers } from '../sync/handlers';
import type { SyncService } from '../sync/sync-service';
import { refusalHandlers } from '../refusal/handlers';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** The handlers of the methods whose names start with `prefix`, e.g. `DomainHandlers<'incident:'>`. */
export type DomainHandlers<P extends string> = { [M in MethodName as M extends `${P}${string}` ? M : never]: Handler<M> };

/** One handler per contract method, gathered from each domain: a method without a handler does not compile. */
export function createHandlers(store: StoreService, paths: { resourcesDir: string }, clock: Clock, sync: () => SyncService | null = () => null): Handlers {
  const ws = (): Workspace => store.current();
  const handlers: Handlers = {
    ...storeHandlers(store),
    ...incidentHandlers(ws),
    ...logHandlers(ws),
    ...rosterHandlers(ws),
    ...operatorHandlers(ws),
    ...priorityHandlers(ws),
    ...decisionHandlers(ws),
    'test:advanceClock': (i) => advanceTestClock(clock, i.minutes),
    ...actorHandlers(ws),
    ...protectionHandlers(ws),
    ...backlashHandlers(ws),
    ...taskHandlers(ws),
    ...statementHandlers(ws),
    ...syncHandlers(sync),
    ...deviceHandlers(sync),
    ...refusalHandlers(ws),
    ...scenarioHandlers(ws, paths.resourcesDir, () => handlers),
  };
  return handlers;
}
