import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb, migrateToLatest } from '../../src/db/create-db';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb:
      | { kind: 'sqlite'; templateFile: string; dir: string }
      | { kind: 'postgres'; adminUrl: string; template: string };
  }
}

/** Migrates one template database per run; each test file copies it (see test-db.ts). */
export default async function setup(project: TestProject) {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const template = `lowboy_test_${process.pid}_${Date.now().toString(36)}_tpl`;
    await adminQuery(pgUrl, `create database ${template}`);
    const database = createDb(withDatabase(pgUrl, template));
    await migrateToLatest(database.db);
    await database.close();
    project.provide('testDb', { kind: 'postgres', adminUrl: pgUrl, template });
    return async () => {
      const prefix = template.replace(/_tpl$/, '');
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`${prefix}%`],
      );
      for (const r of rows) await client.query(`drop database if exists ${r.datname} with (force)`);
      await client.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lowboy-test-'));
  const templateFile = join(dir, 'template.db');
  const database = createDb(`sqlite:${templateFile}`);
  await migrateToLatest(database.db);
  await database.close();
  project.provide('testDb', { kind: 'sqlite', templateFile, dir });
  return () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
