import { benchStore } from './store';
import { benchSync } from './sync';
import { benchUi } from './ui';
import { benchRejudge } from './rejudge';
import { benchPin } from './pin';
import { benchReport } from './report';
import { writeResults, type BenchResult } from './results';

/** `npm run bench`: every benchmark in one run, so ratios compare like with like; `-- ui`, `-- store`, `-- rejudge`, `-- pin`, `-- report` or `-- sync` runs one. */
const benches: Record<string, () => BenchResult | Promise<BenchResult>> = { store: benchStore, rejudge: benchRejudge, pin: benchPin, report: benchReport, ui: benchUi, sync: benchSync };
const only = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) if (only.length === 0 || only.includes(name)) writeResults(await bench());
