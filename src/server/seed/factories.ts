import type { CreateUserInput, Role, User } from '../../shared/users';
import type { AppContext } from '../context';
import { insertNewUser } from '../modules/users';

// One way to make people: the demo seed and the tests both build users through these.
export const DEMO_PASSWORD = 'lowboy-demo';
export const DEMO_ORG_NAME = 'Heavy Haulers Logistics';

export type PersonSpec = { name: string; email: string; role: Role; phone?: string };

export const demoPeople: PersonSpec[] = [
  { name: 'Alex Carter', email: 'alex@heavyhaulers.test', role: 'rep', phone: '+1 713 555 0101' },
  { name: 'Sarah Mitchell', email: 'sarah@heavyhaulers.test', role: 'rep', phone: '+1 713 555 0102' },
  { name: 'Mike Rodriguez', email: 'mike@heavyhaulers.test', role: 'rep', phone: '+1 713 555 0103' },
  { name: 'Jessica Chen', email: 'jessica@heavyhaulers.test', role: 'rep', phone: '+1 713 555 0104' },
  { name: 'David Thompson', email: 'david@heavyhaulers.test', role: 'rep', phone: '+1 713 555 0105' },
  { name: 'Dana Whitfield', email: 'dana@heavyhaulers.test', role: 'manager', phone: '+1 713 555 0110' },
  { name: 'Avery Admin', email: 'admin@heavyhaulers.test', role: 'admin' },
];

let counter = 0;

/** A user with sensible defaults; pass what the test cares about. */
export async function makeUser(
  ctx: AppContext,
  over: Partial<CreateUserInput> & { role?: Role } = {},
): Promise<User & { password: string }> {
  counter += 1;
  const input: CreateUserInput = {
    name: over.name ?? `Test Person ${counter}`,
    email: over.email ?? `person${counter}-${Date.now().toString(36)}@example.test`,
    role: over.role ?? 'rep',
    phone: over.phone ?? null,
    password: over.password ?? DEMO_PASSWORD.padEnd(12, '!'),
  };
  const user = await insertNewUser(ctx, input, null);
  return { ...user, password: input.password };
}
