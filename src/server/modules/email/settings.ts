import type { z } from 'zod';
import type { emailSettingsSchema } from '../../../shared/email';
import type { AppContext } from '../../context';

/** What admins see of the email configuration: never a secret, only whether one is set. */
export function emailSettings(ctx: AppContext): z.infer<typeof emailSettingsSchema> {
  const e = ctx.config.email;
  const smtpHasPassword = e.smtpUrl ? new URL(e.smtpUrl).password !== '' : false;
  return {
    provider: e.provider,
    fromEmail: e.fromEmail,
    fromName: e.fromName,
    postalAddress: e.postalAddress,
    bulkPerMinute: e.bulkPerMinute,
    hasSecret:
      e.provider === 'sendgrid' ? Boolean(e.sendgridApiKey) : e.provider === 'smtp' && smtpHasPassword,
  };
}
