import type { z } from 'zod';
import type { Result } from '../result';
import type { EventName, EventPayload } from './events';
import { incidentMethods, logMethods } from './incident-methods';
import { storeMethods } from './store-methods';
import { operatorMethods, rosterMethods } from './roster-methods';
import { decisionMethods, priorityMethods } from './priority-methods';
import { testMethods } from './test-methods';
import { actorMethods } from './actor-methods';
import { backlashMethods, protectionMethods } from './protection-methods';
import { taskMethods } from './task-methods';
import { statementMethods } from './statement-methods';
import { scenarioMethods } from './scenario-methods';
import { deviceMethods, syncMethods } from './sync-methods';
import { refusalMethods } from './refusal-methods';

/** Every method of Concord, declared once. Preload, IPC, web host and renderer client derive from this map. */
export const methods = {
  ...storeMethods,
  ...incidentMethods,
  ...logMethods,
  ...rosterMethods,
  ...operatorMethods,
  ...priorityMethods,
  ...decisionMethods,
  ...testMethods,
  ...actorMethods,
  ...protectionMethods,
  ...backlashMethods,
  ...taskMethods,
  ...statementMethods,
  ...scenarioMethods,
  ...syncMethods,
  ...deviceMethods,
  ...refusalMethods,
};

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const methodNames = Object.keys(methods) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(methods, name);

/** The surface both transports give the renderer: window.concord on the desktop, the web client in a browser. */
export interface ConcordApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export { events, eventNames } from './events';
export type { EventName, EventPayload } from './events';
