// The dependency rules (docs/ARCHITECTURE.md, "Dependency rules"); `npm run check:deps` runs them with
// scripts/check-module-cycles.mjs, which adds the one rule dependency-cruiser can't say: no cycle between
// modules (server domains, web features), counted on the collapsed module graph.
const moduleDir = '^src/server/modules/([^/]+)/';
// The server modules' layers, lowest first (docs/ARCHITECTURE.md, "Dependency rules"): a module may use modules of
// its own layer or below, never above. A new module takes the lowest layer above everything it uses.
const moduleLayers = [
  ['audit', 'health'],
  ['settings', 'users'],
  ['access', 'auth'],
  ['timeline', 'search', 'territories', 'tasks'],
  ['contacts'],
  ['leads', 'calls', 'email', 'imports', 'presence'],
  ['deals'],
  ['reports'],
];
const modulesIn = (layers) => `^src/server/modules/(${layers.flat().join('|')})/`;
const layerRules = moduleLayers.slice(0, -1).map((layer, i) => ({
  name: 'module-layers',
  comment: `${layer.join(', ')} may not use a module of a higher layer (${moduleLayers.slice(i + 1).flat().join(', ')}).`,
  severity: 'error',
  from: { path: modulesIn([layer]), pathNot: '\\.test\\.ts$' },
  to: { path: modulesIn(moduleLayers.slice(i + 1)) },
}));
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No file imports itself through others (type-only imports count: they still couple the files).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'module-public-face',
      comment: "A server module (its tests too) uses another module only through that module's index.ts.",
      severity: 'error',
      from: { path: moduleDir },
      to: { path: '^src/server/modules/[^/]+/', pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-uses-public-face',
      comment: "Code outside the modules (app, cli, plugins, jobs, seed, bench) uses a module only through its index.ts.",
      severity: 'error',
      from: { path: '^(src|bench)/', pathNot: ['^src/server/modules/', '\\.test\\.ts$'] },
      to: { path: '^src/server/modules/[^/]+/', pathNot: '^src/server/modules/[^/]+/index\\.ts$' },
    },
    ...layerRules,
    {
      name: 'migrations-are-snapshots',
      comment: 'A migration imports nothing of the app: a later change to app code must not change an old migration.',
      severity: 'error',
      from: { path: '^src/db/migrations/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/', pathNot: '^src/db/migrations/' },
    },
    {
      name: 'shared-stands-alone',
      comment: 'src/shared is imported by server and web; it imports neither.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(server|web|db|cli)/' },
    },
    {
      name: 'db-below-server',
      comment: 'src/db is the lowest layer: it knows no module, plugin or web code.',
      severity: 'error',
      from: { path: '^src/db/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(server|web|cli)/' },
    },
    {
      name: 'web-talks-http',
      comment: 'The web app reaches the server only through the API: no server or db code in the bundle.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(server|db|cli)/' },
    },
    {
      name: 'server-without-web',
      severity: 'error',
      from: { path: '^src/(server|db|cli)/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'web-shared-below-features',
      comment: 'src/web/lib and src/web/components hold what several features share; they import no feature.',
      severity: 'error',
      from: { path: '^src/web/(lib|components)/' },
      to: { path: '^src/web/features/' },
    },
    {
      name: 'services-without-fastify',
      comment: 'A service never imports Fastify: routes parse and present, services hold the rules.',
      severity: 'error',
      from: { path: '^src/server/modules/[^/]+/(service|.*-service)\\.ts$' },
      to: { path: 'node_modules/fastify' },
    },
    {
      name: 'no-tests-in-app',
      comment: 'App code never imports test support.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^node_modules/'] },
  },
};
