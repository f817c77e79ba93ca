#!/usr/bin/env node
// The `lowboy` command: runs the bundled server/CLI, building it first on a fresh checkout.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/server/cli.js');
if (!existsSync(bundle) || !existsSync(join(root, 'dist/web/index.html'))) {
  console.log('Building Lowboy (first run)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
await import(pathToFileURL(bundle).href);
