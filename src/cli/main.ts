import { parseArgs } from 'node:util';
import { ConfigError } from '../server/config';
import { runImport } from './commands/import';
import { runMigrate, runSeed, runServe } from './commands/server';
import { runUsers } from './commands/users';

const HELP = `lowboy — call-first CRM

Usage:
  lowboy serve [--demo]           migrate, (with --demo: load the demo organisation into an empty db), serve
  lowboy migrate                  bring the database schema up to date
  lowboy seed --demo              load Heavy Haulers Logistics into an empty database
  lowboy users create --name N --email E --role rep|manager|admin [--phone P] [--password P]
  lowboy users list
  lowboy users set-password --email E [--password P]
  lowboy users deactivate --email E
  lowboy import csv FILE [--dedupe skip|fill|create] [--dry-run] [--report OUT.csv]
  lowboy import legacy --contacts F --assignments F --activities F [--rep rep1=EMAIL …] [--time-zone Z]
                       [--dry-run] [--report OUT.csv]

Without --password a strong password is generated and printed once.
The database is DATABASE_URL (default sqlite:./data/lowboy.db).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      name: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      phone: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      dedupe: { type: 'string' },
      'dry-run': { type: 'boolean' },
      report: { type: 'string' },
      contacts: { type: 'string' },
      assignments: { type: 'string' },
      activities: { type: 'string' },
      rep: { type: 'string', multiple: true },
      'time-zone': { type: 'string' },
    },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  switch (command) {
    case 'serve':
      return runServe(values.demo ?? false);
    case 'migrate':
      return runMigrate();
    case 'seed':
      return runSeed(values.demo ?? false);
    case 'users':
      return runUsers(sub, values);
    case 'import':
      return runImport(sub, positionals.slice(2), values);
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== -1) process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
