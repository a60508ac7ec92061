import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import type { Migration } from './db/migrations';
import type { Clock } from './ops/hlc';
import type { EntityDef } from './ops/entities';
import type { Trust } from './ops/ledger';
import type { StoreService } from './store/store-service';
import type { Workspace } from './store/workspace';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** The handlers of the methods whose names start with `prefix`, e.g. `DomainHandlers<'incident:'>`. */
export type DomainHandlers<P extends string> = { [M in MethodName as M extends `${P}${string}` ? M : never]: Handler<M> };

/** What the kernel hands every domain's handlers: the open workspace, the store's life cycle, time and resources. */
export interface KernelContext {
  /** The open workspace; throws `locked` while the store is locked. */
  ws: () => Workspace;
  store: StoreService;
  clock: Clock;
  /** Where scenario files, word lists and other shipped resources are read from. */
  resourcesDir: string;
  /** Every domain's handlers, read lazily: a scenario calls the other methods, which exist once all are gathered. */
  handlers: () => Handlers;
}

/**
 * The schema a workspace opens with: every entity the op log projects, the migrations that make their tables, and
 * where the judge finds, in its ledger, who may act and which consoles are cut.
 */
export interface Schema {
  entities: readonly EntityDef[];
  migrations: readonly Migration[];
  trust: Trust;
}

/**
 * One domain, as the app gathers it: the methods under its contract prefix, the records it owns (each with its
 * schema, permission rule and invariants) and the migrations that make their tables.
 */
export interface DomainModule<P extends string> {
  prefix: P;
  entities: readonly EntityDef[];
  /** Numbered, frozen once released; each touches only this domain's own tables (three released ones predate that rule). */
  migrations: readonly Migration[];
  handlers(context: KernelContext): DomainHandlers<`${P}:`>;
}

/** Any domain's module, whatever its prefix: what the app's list holds and gathers. */
export type SomeDomain = Omit<DomainModule<string>, 'handlers'> & { handlers(context: KernelContext): object };
