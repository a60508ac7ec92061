import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchResult {
  file: string;
  metrics: Record<string, number>;
  details?: Record<string, number | string>;
}

export const RESULTS_DIR = join(import.meta.dirname, 'results');

/** Writes `{ metrics, details }` as JSON under bench/results and prints one table row per metric. */
export function writeResults(result: BenchResult): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, result.file), `${JSON.stringify({ metrics: result.metrics, details: result.details ?? {} }, null, 2)}\n`);
  console.table(Object.entries({ ...result.metrics, ...result.details }).map(([metric, value]) => ({ file: result.file, metric, value })));
}
