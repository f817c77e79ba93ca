import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createDb, type Database } from '../../src/db/create-db';
import { adminQuery, withDatabase } from './global-setup';

let counter = 0;

/** A fresh, migrated database for one test file: a copy of the run's template, on SQLite or PostgreSQL. */
export async function createTestDatabase(): Promise<Database & { url: string }> {
  const spec = inject('testDb');
  counter += 1;
  const name = `f${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  if (spec.kind === 'sqlite') {
    const file = join(spec.dir, `${name}.db`);
    copyFileSync(spec.templateFile, file);
    const url = `sqlite:${file}`;
    return { ...createDb(url), url };
  }
  const database = `${spec.template.replace(/_tpl$/, '')}_${name}`;
  await createFromTemplate(spec.adminUrl, database, spec.template);
  const url = withDatabase(spec.adminUrl, database);
  const db = createDb(url);
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      await adminQuery(spec.adminUrl, `drop database if exists ${database} with (force)`);
    },
  };
}

// CREATE DATABASE … TEMPLATE fails while another file is copying the same template; retry briefly.
async function createFromTemplate(adminUrl: string, database: string, template: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(adminUrl, `create database ${database} template ${template}`);
      return;
    } catch (err) {
      if (attempt >= 20 || !String(err).includes('being accessed by other users')) throw err;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}
