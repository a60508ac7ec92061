// The core's layers (DESIGN.md §3): kernel/ imports no domain and not the app; a domain imports the kernel, its own
// files, and another domain only through that domain's index.ts and only if it names it as a dependency; the named
// dependencies form no cycle; app/ imports everything. Checked on every relative import under electron/core/.
import { dirname, relative, resolve, sep } from 'node:path';

/** Where a file sits: { layer: 'kernel' | 'app' | 'domain' | 'other', domain?, rest? }. */
function placeOf(coreDir, file) {
  const rel = relative(coreDir, file);
  if (rel.startsWith('..')) return null;
  const [top, name, ...rest] = rel.split(sep);
  if (top === 'kernel') return { layer: 'kernel' };
  if (top === 'app') return { layer: 'app' };
  if (top === 'domains' && rest.length > 0) return { layer: 'domain', domain: name, rest: rest.join('/') };
  return { layer: 'other' };
}

function findCycle(graph) {
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph[node] ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of Object.keys(graph)) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps electron/core in its layers: kernel, domains (through index.ts, no cycles), app.' },
    schema: [{ type: 'object', properties: { dependencies: { type: 'object' } }, required: ['dependencies'], additionalProperties: false }],
    messages: {
      kernelImportsDomain: 'kernel/ imports no domain and not the app (DESIGN.md §3): pass what it needs in from app/.',
      domainImportsApp: 'a domain never imports app/: app/ gathers the domains, not the other way round.',
      notThroughIndex: "import domain '{{target}}' through its index.ts ('../{{target}}'), not its file '{{file}}'.",
      undeclared: "domain '{{from}}' does not name '{{target}}' as a dependency (eslint.config.js, core-layering).",
      cycle: 'the domains named as dependencies form a cycle: {{cycle}}.',
    },
  },
  create(context) {
    const coreDir = resolve(context.cwd, 'electron/core');
    const file = context.filename;
    const from = placeOf(coreDir, file);
    if (!from) return {};
    const { dependencies } = context.options[0];
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = placeOf(coreDir, resolve(dirname(file), spec));
      if (!to) return;
      if (from.layer === 'kernel' && (to.layer === 'domain' || to.layer === 'app')) context.report({ node, messageId: 'kernelImportsDomain' });
      if (from.layer !== 'domain') return;
      if (to.layer === 'app') context.report({ node, messageId: 'domainImportsApp' });
      if (to.layer !== 'domain' || to.domain === from.domain) return;
      if (to.rest !== 'index' && to.rest !== 'index.ts') context.report({ node, messageId: 'notThroughIndex', data: { target: to.domain, file: to.rest } });
      if (!(dependencies[from.domain] ?? []).includes(to.domain)) context.report({ node, messageId: 'undeclared', data: { from: from.domain, target: to.domain } });
    };
    return {
      Program(node) {
        if (from.layer !== 'domain' || from.rest !== 'index.ts') return;
        const cycle = findCycle(dependencies);
        if (cycle) context.report({ node, messageId: 'cycle', data: { cycle: cycle.join(' → ') } });
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
