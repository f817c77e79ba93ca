// Bundles the server + CLI into one ESM file so `npm start` doesn't compile TypeScript at start-up. The plain
// JavaScript packages go into the bundle too: loading them one module file at a time (date-fns alone is
// hundreds of files) was most of the start-up time. Kept outside: native addons, packages that load files of
// their own at run time (pino's transports, swagger-ui's assets), pg (optional pg-native), and the email clients,
// which are imported at their first send (nodemailer, @sendgrid/mail). Whitespace and syntax are minified (less
// to parse at start-up); names are kept, so stack traces still read.
import { build } from 'esbuild';

// Our own files run nothing when imported (no import-for-effect anywhere), so esbuild may leave out whatever a bundle
// does not use: a worker that imports one function through a module's index.ts (the module's public face) gets
// that function, not the module's routes and everything they import.
const ownFilesWithoutSideEffects = {
  name: 'own-files-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      const own = /[/\\]src[/\\](server|shared|db|cli)[/\\]/.test(r.path) && !r.path.includes('node_modules');
      return own ? { ...r, sideEffects: false } : r;
    });
  },
};

const external = [
  'better-sqlite3',
  '@node-rs/argon2',
  'pg',
  'pino',
  'thread-stream',
  '@fastify/swagger-ui',
  'nodemailer',
  '@sendgrid/mail',
];
const common = {
  plugins: [ownFilesWithoutSideEffects],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  // Bundled CommonJS packages call require(); in an ES module it has to be made.
  banner: {
    js: "import { createRequire as __lowboyCreateRequire } from 'node:module'; const require = __lowboyCreateRequire(import.meta.url);",
  },
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  logLevel: 'warning',
};
await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/server/cli.js' });
// The report worker thread (decision 025) loads this file beside the bundle.
await build({
  ...common,
  entryPoints: ['src/server/modules/reports/report-worker.ts'],
  outfile: 'dist/server/report-worker.js',
});
// The import's row reader thread (decision 027) loads this one.
await build({
  ...common,
  entryPoints: ['src/server/modules/imports/prepare-worker.ts'],
  outfile: 'dist/server/import-worker.js',
});
console.log('built dist/server/cli.js, dist/server/report-worker.js and dist/server/import-worker.js');
