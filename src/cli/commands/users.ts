import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { findUserByEmail, insertNewUser, listUsers, updateUser } from '../../server/modules/users';
import { createUserSchema, emailSchema, passwordSchema } from '../../shared/users';
import { withContext } from './context';

type Flags = { name?: string; email?: string; role?: string; phone?: string; password?: string };

export async function runUsers(sub: string | undefined, flags: Flags): Promise<number> {
  switch (sub) {
    case 'create':
      return createCommand(flags);
    case 'list':
      return listCommand();
    case 'set-password':
      return setPasswordCommand(flags);
    case 'deactivate':
      return deactivateCommand(flags);
    default:
      console.error('Usage: lowboy users create|list|set-password|deactivate (see lowboy --help)');
      return 1;
  }
}

async function createCommand(flags: Flags): Promise<number> {
  const generated = flags.password ? undefined : generatePassword();
  const input = parseOrReport(createUserSchema, { ...flags, password: flags.password ?? generated });
  if (!input) return 1;
  const user = await withContext((ctx) => insertNewUser(ctx, input, null));
  console.log(`Created ${user.role} ${user.name} <${user.email}>.`);
  if (generated) console.log(`Initial password (shown once): ${generated}`);
  return 0;
}

async function listCommand(): Promise<number> {
  const rows = await withContext((ctx) => listUsers(ctx.db));
  if (rows.length === 0) console.log('No users yet.');
  for (const u of rows) {
    const status = u.deactivated_at ? 'deactivated' : 'active';
    console.log(`${u.email.padEnd(32)} ${u.name.padEnd(24)} ${u.role.padEnd(8)} ${status}`);
  }
  return 0;
}

async function setPasswordCommand(flags: Flags): Promise<number> {
  const email = parseOrReport(emailSchema, flags.email);
  const generated = flags.password ? undefined : generatePassword();
  const password = parseOrReport(passwordSchema, flags.password ?? generated);
  if (!email || !password) return 1;
  return withContext(async (ctx) => {
    const user = await findUserByEmail(ctx.db, email);
    if (!user) return noSuchUser(email);
    await updateUser(ctx, null, user.id, { version: user.version, password });
    console.log(`Password set for ${email}; their sessions were ended.`);
    if (generated) console.log(`New password (shown once): ${generated}`);
    return 0;
  });
}

async function deactivateCommand(flags: Flags): Promise<number> {
  const email = parseOrReport(emailSchema, flags.email);
  if (!email) return 1;
  return withContext(async (ctx) => {
    const user = await findUserByEmail(ctx.db, email);
    if (!user) return noSuchUser(email);
    await updateUser(ctx, null, user.id, { version: user.version, active: false });
    console.log(`Deactivated ${email}; their sessions were ended.`);
    return 0;
  });
}

function parseOrReport<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const flag = issue.path.length ? `--${issue.path.join('.')}` : 'value';
    console.error(`${flag}: ${issue.message}`);
  }
  return undefined;
}

function noSuchUser(email: string): number {
  console.error(`No user with the email ${email}.`);
  return 1;
}

function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
