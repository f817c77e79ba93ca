// The module graph has no cycles: each server domain (src/server/modules/<m>) and each web feature
// (src/web/features/<f>) counts as one node, and an import between two files is an edge between their modules.
// dependency-cruiser finds file cycles; two modules can still lean on each other through different files.
import { cruise } from 'dependency-cruiser';

const moduleOf = (file) => {
  const m = /^src\/(server\/modules|web\/features)\/([^/]+)\//.exec(file);
  return m ? `${m[1]}/${m[2]}` : null;
};
const isTest = (file) => /\.test\.tsx?$/.test(file);

const result = await cruise(['src'], {
  tsConfig: { fileName: 'tsconfig.json' },
  tsPreCompilationDeps: true,
  doNotFollow: { path: 'node_modules' },
  exclude: { path: ['^dist/', '^node_modules/'] },
});
const edges = new Map(); // module → Map(module → example "from → to")
for (const source of result.output.modules) {
  const from = moduleOf(source.source);
  if (!from || isTest(source.source)) continue;
  for (const dep of source.dependencies) {
    const to = moduleOf(dep.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from).has(to)) edges.get(from).set(to, `${source.source} → ${dep.resolved}`);
  }
}

// Tarjan's strongly connected components: any component of two or more modules is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const components = [];
function visit(v) {
  state.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) {
      state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
  }
  if (state.get(v).low === state.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component);
  }
}
for (const v of edges.keys()) if (!state.has(v)) visit(v);

if (components.length === 0) {
  console.log(`module graph: ${edges.size} modules with outgoing imports, no cycles`);
  process.exit(0);
}
for (const component of components) {
  console.error(`\nmodule cycle: ${component.sort().join(', ')}`);
  const members = new Set(component);
  for (const from of component)
    for (const [to, example] of edges.get(from) ?? [])
      if (members.has(to)) console.error(`  ${from} → ${to}  (${example})`);
}
console.error(`\n${components.length} module cycle(s): see docs/ARCHITECTURE.md, "Dependency rules"`);
process.exit(1);
