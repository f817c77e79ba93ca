import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-db';

const run = promisify(execFile);
let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const env = () => ({ ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' });
async function lowboy(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return lowboyWith({}, ...args);
}
async function lowboyWith(extraEnv: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...env(), ...extraEnv },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

// Each case starts the CLI through tsx (3–8 s on a busy 2-core machine) a few times over.
describe('the lowboy command', { timeout: 60_000 }, () => {
  it('creates the first admin with a generated password, lists, resets and deactivates', async () => {
    const created = await lowboy(
      'users',
      'create',
      '--role',
      'admin',
      '--name',
      'Pat Owner',
      '--email',
      'Pat@Example.com',
    );
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created admin Pat Owner <pat@example.com>.');
    expect(created.out).toMatch(/Initial password \(shown once\): \S{20}/);

    const listed = await lowboy('users', 'list');
    expect(listed.out).toMatch(/pat@example\.com\s+Pat Owner\s+admin\s+active/);

    const reset = await lowboy(
      'users',
      'set-password',
      '--email',
      'pat@example.com',
      '--password',
      'a-brand-new-password',
    );
    expect(reset.out).toContain('Password set for pat@example.com');

    const off = await lowboy('users', 'deactivate', '--email', 'pat@example.com');
    expect(off.out).toContain('Deactivated pat@example.com');
    expect((await lowboy('users', 'list')).out).toMatch(/pat@example\.com.*deactivated/);
  });

  it('says which flag is wrong and exits non-zero', async () => {
    const bad = await lowboy(
      'users',
      'create',
      '--role',
      'boss',
      '--name',
      'X',
      '--email',
      'nope',
      '--password',
      'short',
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--email: Enter a valid email address.');
    expect(bad.err).toContain('--password: Use at least 12 characters.');
    expect(bad.err).toContain('--role');
    const missing = await lowboy('users', 'deactivate', '--email', 'ghost@example.com');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No user with the email ghost@example.com.');
  });

  it('stops with the variable’s name when the configuration is bad', async () => {
    const { code, err } = await lowboyWith({ PORT: 'eighty' }, 'migrate');
    expect(code).toBe(1);
    expect(err).toContain('Invalid configuration');
    expect(err).toContain('PORT');
  });

  it('serves, answers /healthz, and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
      env: { ...env(), PORT: '0', HOST: '127.0.0.1' },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    while (!/running at (\S+)/.test(out)) await once(child.stdout, 'data');
    const url = /running at (\S+)/.exec(out)![1]!.replace('localhost', '127.0.0.1');
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok' });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
