import type { z } from 'zod';
import type { Result } from '../result';
import type { EventName, EventPayload } from './events';
import { incidentMethods } from './incident';
import { logMethods } from './log';
import { storeMethods } from './store';
import { rosterMethods } from './roster';
import { priorityMethods } from './priority';
import { decisionMethods } from './decision';
import { testMethods } from './test';
import { actorMethods } from './actor';
import { protectionMethods } from './protection';
import { taskMethods } from './task';
import { statementMethods } from './statement';
import { scenarioMethods } from './scenario';
import { syncMethods } from './sync';
import { refusalMethods } from './refusal';
import { promiseMethods } from './promise';
import { playbookMethods } from './playbook';
import { rumourMethods } from './rumour';
import { engagementMethods } from './engagement';
import { supportMethods } from './support';
import { periodMethods } from './period';
import { sitrepMethods } from './sitrep';
import { requestMethods } from './request';
import { reviewMethods } from './review';
import { formMethods } from './form';
import { templateMethods } from './template';
import { printMethods } from './print';

/** Every method of Concord, declared once. Preload, IPC, web host and renderer client derive from this map. */
export const methods = {
  ...storeMethods,
  ...incidentMethods,
  ...logMethods,
  ...rosterMethods,
  ...priorityMethods,
  ...decisionMethods,
  ...testMethods,
  ...actorMethods,
  ...protectionMethods,
  ...taskMethods,
  ...statementMethods,
  ...scenarioMethods,
  ...syncMethods,
  ...refusalMethods,
  ...promiseMethods,
  ...playbookMethods,
  ...rumourMethods,
  ...engagementMethods,
  ...supportMethods,
  ...periodMethods,
  ...sitrepMethods,
  ...requestMethods,
  ...reviewMethods,
  ...formMethods,
  ...templateMethods,
  ...printMethods,
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
