import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/server/app';

describe('what the request log writes', () => {
  it('never the Inbound Parse secret or an unsubscribe token', () => {
    expect(redactUrl('/webhooks/sendgrid/inbound/s3cr3t-value-1234567890')).toBe(
      '/webhooks/sendgrid/inbound/[redacted]',
    );
    expect(redactUrl('/u/0192abcd-token.sig?x=1')).toBe('/u/[redacted]?x=1');
    expect(redactUrl('/api/contacts?q=u')).toBe('/api/contacts?q=u');
  });
});
