import { benchStore } from './store';
import { writeResults } from './results';

/** `npm run bench`: every benchmark in one run, so ratios compare like with like. */
const benches = [benchStore];
for (const bench of benches) writeResults(bench());
