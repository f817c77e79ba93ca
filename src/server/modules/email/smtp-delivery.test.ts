import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import type { Actor } from '../../context';
import { emailProviderFor } from '../../providers/email';
import { createContact } from '../contacts';
import { deliverDueEmails } from './delivery';
import { ensureStarterTemplates } from './starter-templates';

// The SMTP provider (nodemailer) against a tiny SMTP server on loopback that records the envelope and the
// message as they arrive, and can refuse recipients with a temporary (4xx) or permanent (5xx) reply.

type Received = { from: string; to: string[]; data: string };
const received: Received[] = [];
let rcptReply = '250 OK';
let server: Server;
let t: TestApp;
let alex: { id: string; cookie: string };

function startSmtp(): Promise<number> {
  server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let mail: Received = { from: '', to: [], data: '' };
    const say = (line: string) => socket.write(`${line}\r\n`);
    say('220 stand-in.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: '', to: [], data: '' };
          say('250 2.0.0 queued as stand-in');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') say('250-stand-in.test\r\n250 8BITMIME');
        else if (verb === 'HELO') say('250 stand-in.test');
        else if (verb === 'MAIL') {
          mail.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          say('250 OK');
        } else if (verb === 'RCPT') {
          mail.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          say(rcptReply);
        } else if (verb === 'DATA') {
          inData = true;
          say('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET') {
          mail = { from: '', to: [], data: '' };
          say('250 OK');
        } else if (verb === 'QUIT') {
          say('221 Bye');
          socket.end();
        } else say('502 Command not implemented');
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

beforeAll(async () => {
  const port = await startSmtp();
  t = await createTestApp({
    EMAIL_PROVIDER: 'smtp',
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    PUBLIC_URL: 'https://crm.example.com',
    EMAIL_BULK_PER_MINUTE: '1000',
  });
  await ensureStarterTemplates(t.ctx);
  alex = await t.userWithSession('rep');
});
afterAll(async () => {
  await t.close();
  await new Promise((r) => server.close(r));
});

let n = 0;
const campaignTo = async (email: string) => {
  const actor: Actor = { id: alex.id, name: 'Alex', role: 'rep', ip: null };
  const contactId = (
    await createContact(
      t.ctx,
      actor,
      { firstName: `Smtp${n++}`, email, state: 'TX', ownerId: alex.id },
      { allowDuplicate: true },
    )
  ).id;
  const templates = (
    await t.app.inject({ method: 'GET', url: '/api/templates', headers: { cookie: alex.cookie } })
  ).json().items as { id: string; name: string }[];
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/email-campaigns',
    payload: {
      templateId: templates.find((x) => x.name === 'Initial outreach')!.id,
      contactIds: [contactId],
    },
    headers: { cookie: alex.cookie },
  });
  expect(res.statusCode).toBe(201);
  const outbox = await t.app.inject({
    method: 'GET',
    url: `/api/outbox?contactId=${contactId}`,
    headers: { cookie: alex.cookie },
  });
  return outbox.json().items[0] as { id: string; status: string };
};
const statusOf = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/outbox/${id}`, headers: { cookie: alex.cookie } })).json();

describe('delivery through SMTP (loopback server)', () => {
  it('hands over envelope and message with the List-Unsubscribe headers', async () => {
    const msg = await campaignTo('rita@rigging.test');
    const provider = emailProviderFor(t.ctx.config, { timeoutMs: 2000 });
    expect(await deliverDueEmails(t.ctx, provider)).toBe(1);
    const got = received.at(-1)!;
    expect(got.from).toBe('sales@heavyhaulerslogistics.com');
    expect(got.to).toEqual(['rita@rigging.test']);
    const headers = got.data.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
    expect(headers).toMatch(
      /^List-Unsubscribe: <https:\/\/crm\.example\.com\/u\/[\w-]{38}>, <mailto:sales@/m,
    );
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(headers).toMatch(/^X-Idempotency-Key: lowboy-/m);
    expect(headers).toMatch(/^Message-ID: <[a-f0-9]{32}@heavyhaulerslogistics\.com>$/m);
    expect(got.data).toContain('Unsubscribe');
    expect(await statusOf(msg.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('waits and retries after a 4xx, gives up on a 5xx', async () => {
    const provider = emailProviderFor(t.ctx.config, { timeoutMs: 2000 });
    const msg = await campaignTo('busy@rigging.test');
    rcptReply = '451 4.3.0 try again later';
    expect(await deliverDueEmails(t.ctx, provider)).toBe(1);
    expect(await statusOf(msg.id)).toMatchObject({ status: 'queued', attempts: 1 });
    rcptReply = '550 5.1.1 no such user';
    t.clock.advance(60_000);
    expect(await deliverDueEmails(t.ctx, provider)).toBe(1);
    expect(await statusOf(msg.id)).toMatchObject({
      status: 'failed',
      statusDetail: expect.stringContaining('550'),
    });
    rcptReply = '250 OK';
  });
});
