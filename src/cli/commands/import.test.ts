import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, legacySamples } from '../../../tests/support/imports';

// The command as a person runs it, on its own SQLite file (the command's behaviour doesn't depend on the dialect).
const dir = mkdtempSync(join(tmpdir(), 'lowboy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const lowboy = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'cli.db')}`, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });

describe('lowboy import', { timeout: 60_000 }, () => {
  it('imports a CSV, prints the report and exits 0 even with rejected rows', () => {
    const report = join(dir, 'report.csv');
    const run = lowboy(
      'import',
      'csv',
      fixture('hubspot-contacts.csv'),
      '--dedupe',
      'fill',
      '--report',
      report,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('CSV import of hubspot-contacts.csv: done');
    expect(run.stdout).toContain('rows: 9   created: 4   updated: 0   duplicates skipped: 1   rejected: 4');
    expect(run.stdout).toContain('rejected line 4: Email: "dan@@whitaker.example" is not an email address.');
    expect(readFileSync(report, 'utf8').split('\n')[1]).toMatch(/^4,rejected,/);
  });

  it('runs a dry run that writes nothing', () => {
    const run = lowboy('import', 'csv', fixture('pipedrive-people.csv'), '--dry-run');
    expect(run.stdout).toContain('(dry run: nothing was written): done');
    expect(run.stdout).toContain('created: 3');
    const db = new Database(join(dir, 'cli.db'), { readonly: true });
    const row = db
      .prepare("select count(*) as n from contacts where email = 'hank@prairiewind.example'")
      .get();
    db.close();
    expect(row).toEqual({ n: 0 });
  });

  it('exits non-zero when the file cannot be read', () => {
    expect(lowboy('import', 'csv', join(dir, 'missing.csv')).status).toBe(1);
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'Name,Notes\nAnn,"never closed\n');
    const run = lowboy('import', 'csv', broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The quoted value that starts on line 2 is never closed.');
  });

  it('imports the legacy files, twice without changes', () => {
    const files = [
      '--contacts',
      'contacts.json',
      '--assignments',
      'lead_assignments.json',
      '--activities',
      'crm_activities.json',
    ];
    const args = files.map((f, i) => (i % 2 ? join(legacySamples, f) : f));
    const first = lowboy('import', 'legacy', ...args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('contacts: 20   created: 20');
    const second = lowboy('import', 'legacy', ...args);
    expect(second.stdout).toContain('contacts: 20   created: 0   updated: 0   unchanged: 20   rejected: 0');
  });
});
