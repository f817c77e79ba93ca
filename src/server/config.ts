import { z } from 'zod';

// The one place the environment is read. A bad value stops start-up with the variable's name.
const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intFrom(3000, 0, 65535),
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/lowboy.db')
    .refine((v) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      message: 'must be sqlite:<path> or postgres://user@host:port/database',
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_HOURS: intFrom(12, 1, 24 * 30),
  SESSION_ABSOLUTE_DAYS: intFrom(7, 1, 365),
  LOGIN_MAX_FAILURES: intFrom(10, 1, 1000),
  LOGIN_ACCOUNT_MAX_FAILURES: intFrom(50, 1, 10_000),
  LOGIN_WINDOW_MINUTES: intFrom(15, 1, 24 * 60),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://crm.example.com' }).optional(),
  IMPORTS_DIR: z.string().min(1).optional(),
  EMAIL_PROVIDER: z.enum(['outbox', 'smtp', 'sendgrid']).default('outbox'),
  SENDGRID_API_KEY: z.string().min(1).optional(),
  SENDGRID_BASE_URL: z.url({ message: 'must be an absolute URL' }).default('https://api.sendgrid.com'),
  SENDGRID_WEBHOOK_PUBLIC_KEY: z.string().min(1).optional(),
  SENDGRID_INBOUND_SECRET: z.string().min(16, 'use at least 16 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be smtp://user:pass@host:port or smtps://…')
    .optional(),
  EMAIL_FROM: z.email().default('sales@heavyhaulerslogistics.com'),
  EMAIL_FROM_NAME: z.string().min(1).default('Heavy Haulers'),
  POSTAL_ADDRESS: z
    .string()
    .min(1)
    .default('Heavy Haulers Logistics, 1200 Industrial Blvd, Houston, TX 77002'),
  EMAIL_BULK_PER_MINUTE: intFrom(60, 1, 10_000),
  STREAM_CHECK_MS: intFrom(15_000, 20, 600_000),
  REPORT_WORKERS: intFrom(2, 0, 16),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Failed password checks per address in the window (decision 033). */
  loginMaxFailures: number;
  /** Failed password checks per account in the window, from any address; much higher so guessing can't lock the user out. */
  loginAccountMaxFailures: number;
  loginWindowMs: number;
  /** How often an open event stream pings and re-checks its session (tests shorten it). */
  streamCheckMs: number;
  /** Report worker threads on SQLite (decision 025); 0 runs reports in the server's thread. */
  reportWorkers: number;
  trustProxy: boolean;
  /** Cookies get `Secure` when the public URL is https. */
  secureCookies: boolean;
  publicUrl: string | undefined;
  /** Folder with the built web app; absent in API-only tests. */
  webRoot: string | undefined;
  /** Where uploaded import files wait for their job; default beside the SQLite file (decision 007). */
  importsDir: string | undefined;
  /** Email (decision 011). Secrets stay here: never logged, never returned by the API. */
  email: {
    provider: 'outbox' | 'smtp' | 'sendgrid';
    sendgridApiKey: string | undefined;
    sendgridBaseUrl: string;
    sendgridWebhookPublicKey: string | undefined;
    sendgridInboundSecret: string | undefined;
    smtpUrl: string | undefined;
    fromEmail: string;
    fromName: string;
    postalAddress: string;
    bulkPerMinute: number;
  };
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env, webRoot?: string): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.EMAIL_PROVIDER === 'sendgrid' && !e.SENDGRID_API_KEY)
    throw new ConfigError(['SENDGRID_API_KEY: required when EMAIL_PROVIDER=sendgrid']);
  if (e.EMAIL_PROVIDER === 'smtp' && !e.SMTP_URL)
    throw new ConfigError(['SMTP_URL: required when EMAIL_PROVIDER=smtp']);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_HOURS * 3_600_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_DAYS * 86_400_000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginAccountMaxFailures: e.LOGIN_ACCOUNT_MAX_FAILURES,
    loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    streamCheckMs: e.STREAM_CHECK_MS,
    reportWorkers: e.REPORT_WORKERS,
    trustProxy: e.TRUST_PROXY,
    secureCookies: e.PUBLIC_URL?.startsWith('https://') ?? false,
    publicUrl: e.PUBLIC_URL,
    webRoot,
    importsDir: e.IMPORTS_DIR,
    email: {
      provider: e.EMAIL_PROVIDER,
      sendgridApiKey: e.SENDGRID_API_KEY,
      sendgridBaseUrl: e.SENDGRID_BASE_URL,
      sendgridWebhookPublicKey: e.SENDGRID_WEBHOOK_PUBLIC_KEY,
      sendgridInboundSecret: e.SENDGRID_INBOUND_SECRET,
      smtpUrl: e.SMTP_URL,
      fromEmail: e.EMAIL_FROM,
      fromName: e.EMAIL_FROM_NAME,
      postalAddress: e.POSTAL_ADDRESS,
      bulkPerMinute: e.EMAIL_BULK_PER_MINUTE,
    },
  };
}

/** Documented in README; kept beside the schema so the two can't drift. */
export const configVariables = Object.keys(envSchema.shape);
