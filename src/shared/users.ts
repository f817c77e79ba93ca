import { z } from 'zod';
import { versionSchema } from './common';

// Shared by the API schemas and the web forms, so both validate the same way.
export const roles = ['rep', 'manager', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  rep: 'Sales rep',
  manager: 'Sales manager',
  admin: 'Admin',
};

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address.').max(254));

export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');

export const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+()\d\s.-]*$/, 'Use digits, spaces and + ( ) . - only.')
  .transform((v) => (v === '' ? null : v))
  .nullable();

const limitSchema = z
  .number()
  .int('Use a whole number.')
  .min(1, 'At least 1; clear it to use the team default.')
  .max(100_000)
  .nullable();

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  phone: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deactivatedAt: z.string().nullable(),
  /** A rep's own lead limits; null means the organisation's default (lead rules). */
  openLeadLimit: z.number().int().nullable(),
  dailyClaimLimit: z.number().int().nullable(),
  /** Calls a day the rep aims for (set by managers); null = none set. */
  dailyCallTarget: z.number().int().nullable(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const meSchema = z.object({ id: z.string(), name: z.string(), email: z.string(), role: roleSchema });
export type Me = z.infer<typeof meSchema>;

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: roleSchema,
  phone: phoneSchema.optional(),
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    version: versionSchema,
    name: nameSchema.optional(),
    email: emailSchema.optional(),
    role: roleSchema.optional(),
    phone: phoneSchema.optional(),
    active: z.boolean().optional(),
    password: passwordSchema.optional(),
    openLeadLimit: limitSchema.optional(),
    dailyClaimLimit: limitSchema.optional(),
    dailyCallTarget: z
      .number()
      .int('Use a whole number.')
      .min(1, 'At least 1; clear it for no target.')
      .max(1000)
      .nullable()
      .optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email.').max(254),
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export const demoProfileSchema = z.object({ name: z.string(), email: z.string(), role: roleSchema });
export type DemoProfile = z.infer<typeof demoProfileSchema>;
export const demoProfilesSchema = z.object({
  profiles: z.array(demoProfileSchema),
  orgName: z.string().nullable(),
});
export const signedInSchema = z.object({ user: meSchema });
export const userListSchema = z.object({ users: z.array(userSchema) });
