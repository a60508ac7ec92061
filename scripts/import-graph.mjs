// Prints the import graph of electron/core between its folders (kernel, app, each domain) and fails on a cycle.
// Usage: npm run graph    (add --dot for Graphviz)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const core = resolve('electron/core');
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.ts')) files.push(path);
  }
};
walk(core);

const folderOf = (path) => {
  const [top, name] = relative(core, path).split(sep);
  return top === 'domains' ? name : top;
};
const edges = new Map();
const importPattern = /(?:from|import)\s*\(?\s*'(\.[^']+)'/g;
for (const file of files) {
  const from = folderOf(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const target = resolve(dirname(file), spec);
    if (relative(core, target).startsWith('..')) continue;
    const to = folderOf(target);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}

const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])])].sort();
if (process.argv.includes('--dot')) {
  console.log('digraph core {');
  for (const n of nodes) for (const t of [...(edges.get(n) ?? [])].sort()) console.log(`  "${n}" -> "${t}";`);
  console.log('}');
} else {
  for (const n of nodes) console.log(`${n.padEnd(11)} -> ${[...(edges.get(n) ?? [])].sort().join(', ') || '(nothing)'}`);
}

const state = new Map();
const stack = [];
const visit = (n) => {
  if (state.get(n) === 'done') return null;
  if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
  state.set(n, 'open');
  stack.push(n);
  for (const t of edges.get(n) ?? []) {
    const cycle = visit(t);
    if (cycle) return cycle;
  }
  stack.pop();
  state.set(n, 'done');
  return null;
};
for (const n of nodes) {
  const cycle = visit(n);
  if (cycle) {
    console.error(`cycle: ${cycle.join(' -> ')}`);
    process.exit(1);
  }
}
console.error(`${nodes.length} folders, ${[...edges.values()].reduce((n, s) => n + s.size, 0)} arrows, no cycle`);
