import { spawnSync } from 'node:child_process';

// The benchmarks are TypeScript over the core; tsx runs them in plain Node like the web host.
const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
