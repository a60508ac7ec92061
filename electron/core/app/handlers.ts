import type { DomainHandlers, Handlers, KernelContext, SomeDomain } from '../kernel/domain';
import type { SyncService } from '../domains/sync';
import type { PdfPrinter } from '../domains/print';
import { domains } from './domains';

/** The handlers of every domain in the list, joined into one map type. */
type Joined<D extends readonly SomeDomain[]> = D extends readonly [infer H, ...infer R extends readonly SomeDomain[]]
  ? (H extends { handlers(context: KernelContext): infer O } ? O : never) & Joined<R>
  : unknown;

/** One handler per contract method, gathered from each domain's module: a method without a handler does not compile. */
export function createHandlers(context: Omit<KernelContext, 'handlers'>, sync: () => SyncService | null = () => null, printer: PdfPrinter | null = null): Handlers {
  const full: KernelContext = { ...context, handlers: () => handlers };
  const joined = Object.assign({}, ...domains(sync, printer).map((d) => d.handlers(full))) as Joined<ReturnType<typeof domains>>;
  const handlers: Handlers = joined;
  return handlers;
}

export type { DomainHandlers, Handlers };
