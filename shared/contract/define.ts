import type { z } from 'zod';
import type { EntityName } from '../domain/entities';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for people reading GET /api. */
  summary: string;
  /**
   * A read names every entity whose change makes its answer stale, so the screens' cache knows what a
   * `data:changed` invalidates; a write reads nothing here (null), and the screens never cache it.
   */
  reads: readonly EntityName[] | null;
}

export interface ReadSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> extends MethodSpec<I, O> {
  reads: readonly EntityName[];
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): MethodSpec<I, O> & { reads: null };
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string, declares: { reads: readonly EntityName[] }): ReadSpec<I, O>;
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string, declares?: { reads: readonly EntityName[] }): MethodSpec<I, O> {
  return { input, output, summary, reads: declares?.reads ?? null };
}
