import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { isEntityName } from '../../../shared/domain/entities';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';
import { schema } from './domains';
import { systemClock, type Clock } from '../kernel/ops/hlc';
import { lockDataDir } from '../kernel/store/data-dir-lock';
import type { KeyProtector } from '../kernel/store/key-protector';
import { StoreService } from '../kernel/store/store-service';
import { SyncService, type SyncOptions } from '../domains/sync/sync-service';
import type { PdfPrinter } from '../domains/print';

export interface ConcordOptions {
  dataDir: string;
  /** Where scenario files and other shipped resources are read from; the project's `resources/` by default. */
  resourcesDir?: string;
  clock?: Clock;
  keyProtector?: KeyProtector | null;
  log?: (message: string, error?: unknown) => void;
  /** Local-network sync; absent, the console does not sync (the core's own tests). */
  sync?: SyncOptions;
  /** The desktop shell's: saves the window's print view as a PDF. Absent (the web host), `print:savePdf` is unsupported. */
  printer?: PdfPrinter;
}

export interface Concord {
  /** Typed for callers that name a method; transports pass any string and get a typed error back. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  call(method: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  close(): void;
  readonly store: StoreService;
  readonly sync: SyncService | null;
}

/**
 * The composition root of the core: one per console process, shared by the IPC handlers and the web host.
 * Throws `data_dir_in_use` while another core, here or in another process, has the same data folder open.
 */
export function createConcord(options: ConcordOptions): Concord {
  // First, so that a refused core has built nothing (no sync socket, no store) that would need undoing.
  const dataDirLock = lockDataDir(options.dataDir);
  const emitter = new EventEmitter();
  const log = options.log ?? ((m, e) => console.error(m, e));
  let unsubscribeOps: (() => void) | null = null;
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => emitter.emit(event, payload);
  const sync = options.sync ? new SyncService(options.sync, emit) : null;
  const clock = options.clock ?? systemClock;
  const store: StoreService = new StoreService(options.dataDir, clock, options.keyProtector ?? null, schema, (ws) => {
    unsubscribeOps?.();
    unsubscribeOps = ws ? ws.ops.onChange((incidentId, entities) => emit('data:changed', { incidentId, entities: entities.filter(isEntityName) })) : null;
    void sync?.attach(ws);
    queueMicrotask(() => emit('store:status', store.status()));
  });
  const resourcesDir = options.resourcesDir ?? resolve('resources');
  const call = createDispatch(createHandlers({ ws: () => store.current(), store, clock, resourcesDir }, () => sync, options.printer ?? null), (method, error) => log(`concord: ${method} failed`, error));

  return {
    call,
    on(event, listener) {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
    close() {
      unsubscribeOps?.();
      sync?.close();
      store.lock();
      dataDirLock.release();
    },
    store,
    sync,
  };
}
