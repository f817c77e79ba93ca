// `node --import tsx bench/email-bench.ts [--db sqlite:bench/results/contacts-1m-fast.db|postgres://…]
//   [--recipients 10000] [--batch 500] [--concurrency 4]`   (after `npm run build`: it starts the bundled server)
// Issue 6 at 1M contacts. (1) `POST /api/email-campaigns` (not a dry run) for 10,000 leads with distinct addresses,
// through buildApp + app.inject: the response comes after the last outbox row (and its timeline event) is
// committed; the rows are counted to be sure. (2) SendGrid's signed Event Webhook against the server in its own
// process: the campaign's messages are marked sent with a provider message id, then processed / delivered / open /
// click / bounce events in SendGrid's documented shapes (custom_args echoed as Lowboy sets them) are posted in
// signed batches, `--concurrency` posts at a time; events/s is all events over the wall time. All undone at the end.
import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app';
import type { AppContext } from '../src/server/context';
import { ensureStarterTemplates } from '../src/server/modules/email';
import { benchPeople, openBenchDb } from './bench-people';
import { startLowboy, stop } from './server-process';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite:bench/results/contacts-1m-fast.db' },
    recipients: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '4' },
  },
});
const dbUrl = values.db!;
const [count, batchSize, concurrency] = [values.recipients, values.batch, values.concurrency].map(Number) as [
  number,
  number,
  number,
];

async function undo(ctx: AppContext, campaignIds: string[]) {
  if (!campaignIds.length) return;
  const msgs = ctx.db.selectFrom('email_messages').select('id').where('campaign_id', 'in', campaignIds);
  await ctx.db.deleteFrom('email_events').where('message_id', 'in', msgs).execute();
  await ctx.db.deleteFrom('suppressions').where('note', 'like', 'SendGrid bounce: bench%').execute();
  const contacts = ctx.db
    .selectFrom('email_messages')
    .select('contact_id')
    .where('campaign_id', 'in', campaignIds);
  await ctx.db
    .deleteFrom('timeline_events')
    .where('kind', 'like', 'email.%')
    .where('contact_id', 'in', contacts)
    .execute();
  await ctx.db.deleteFrom('email_messages').where('campaign_id', 'in', campaignIds).execute();
  await ctx.db.deleteFrom('email_campaigns').where('id', 'in', campaignIds).execute();
}

const ctx = await openBenchDb(dbUrl);
const { manager } = await benchPeople(ctx, 1);
await undo(
  ctx,
  (
    await ctx.db.selectFrom('email_campaigns').select('id').where('created_by', '=', manager.id).execute()
  ).map((c) => c.id),
);
await ensureStarterTemplates(ctx);
const template = await ctx.db
  .selectFrom('email_templates')
  .select('id')
  .where('name', '=', 'Initial outreach')
  .executeTakeFirstOrThrow();
// Leads with an address no other of them has (a campaign skips repeats), spread over the table.
const contactIds = (
  await sql<{ id: string }>`select min(id) as id from contacts where email is not null and deleted_at is null
    group by email order by min(id) limit ${count}`.execute(ctx.db)
).rows.map((r) => r.id);

// (1) Render and enqueue, in process.
const app = await buildApp(ctx, { logger: false });
const t0 = performance.now();
const res = await app.inject({
  method: 'POST',
  url: '/api/email-campaigns',
  headers: { cookie: manager.cookie },
  payload: { templateId: template.id, contactIds },
});
const enqueueMs = performance.now() - t0;
if (res.statusCode !== 201) throw new Error(`campaign: ${res.statusCode} ${res.body.slice(0, 300)}`);
const campaign = res.json() as { id: string; total: number; skipped: unknown[] };
await app.close();
const outboxRows = Number(
  (
    await ctx.db
      .selectFrom('email_messages')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('campaign_id', '=', campaign.id)
      .executeTakeFirstOrThrow()
  ).n,
);

// (2) The webhook. The messages were "sent": SendGrid's message id is the part of sg_message_id before the dot.
await sql`update email_messages set status = 'sent', attempts = 1, sent_at = created_at,
  provider_message_id = 'bench' || replace(id, '-', '') where campaign_id = ${campaign.id}`.execute(ctx.db);
const messages = await ctx.db
  .selectFrom('email_messages')
  .select(['id', 'idempotency_key', 'to_email', 'provider_message_id'])
  .where('campaign_id', '=', campaign.id)
  .execute();
await ctx.close();

const ts = Math.floor(Date.now() / 1000);
const events: object[] = [];
messages.forEach((m, i) => {
  const base = (event: string, extra: object = {}) => ({
    email: m.to_email,
    timestamp: ts - 600 + (events.length % 600),
    'smtp-id': `<${m.provider_message_id}@ismtpd0001p1las1.sendgrid.net>`,
    event,
    category: ['bulk'],
    sg_event_id: randomUUID().replace(/-/g, '').slice(0, 22),
    sg_message_id: `${m.provider_message_id}.filterdrecv-5645d9c87f-2ds8l-1-64C1B5A4-1.0`,
    lowboy_message_id: m.id,
    lowboy_key: m.idempotency_key,
    ...extra,
  });
  events.push(base('processed'));
  if (i % 50 === 0) {
    events.push(base('bounce', { type: 'bounce', reason: 'bench: 550 5.1.1 user unknown', status: '5.1.1' }));
    return;
  }
  events.push(base('delivered', { response: '250 OK', ip: '168.1.1.1', tls: 1 }));
  if (i % 3 === 0)
    events.push(base('open', { useragent: 'Mozilla/5.0', ip: '66.102.0.1', sg_machine_open: false }));
  if (i % 10 === 0)
    events.push(
      base('click', { url: 'https://heavyhaulerslogistics.com/', url_offset: { index: 0, type: 'html' } }),
    );
});
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const posts: { body: string; signature: string; timestamp: string }[] = [];
for (let i = 0; i < events.length; i += batchSize) {
  const body = JSON.stringify(events.slice(i, i + batchSize));
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createSign('sha256')
    .update(timestamp + body)
    .sign(privateKey)
    .toString('base64');
  posts.push({ body, signature, timestamp });
}

const { child, url } = await startLowboy(['serve'], {
  DATABASE_URL: dbUrl,
  SENDGRID_WEBHOOK_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
});
let fresh = 0;
let webhookMs = 0;
try {
  let next = 0;
  const poster = async () => {
    for (let p = posts[next++]; p; p = posts[next++]) {
      const r = await fetch(`${url}/webhooks/sendgrid/events`, {
        method: 'POST',
        body: p.body,
        headers: {
          'content-type': 'application/json',
          'x-twilio-email-event-webhook-signature': p.signature,
          'x-twilio-email-event-webhook-timestamp': p.timestamp,
        },
      });
      if (r.status !== 200) throw new Error(`webhook: ${r.status} ${(await r.text()).slice(0, 300)}`);
      fresh += ((await r.json()) as { new: number }).new;
    }
  };
  const w0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, poster));
  webhookMs = performance.now() - w0;
} finally {
  await stop(child);
}

const reset = await openBenchDb(dbUrl);
const landed = await reset.db
  .selectFrom('email_messages')
  .select(['status', (eb) => eb.fn.countAll().as('n')])
  .where('campaign_id', '=', campaign.id)
  .groupBy('status')
  .execute();
await undo(reset, [campaign.id]);
await reset.close();

const dialect = dbUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
console.log(`
Email — ${new Date().toISOString()}, node ${process.version}, ${dialect}, ${dbUrl}
  POST /api/email-campaigns, ${contactIds.length} leads: ${campaign.total} queued, ${campaign.skipped.length} skipped, ${outboxRows} outbox rows
    ${(enqueueMs / 1000).toFixed(2)} s  (${Math.round(outboxRows / (enqueueMs / 1000))} emails/s)   [target ≤ 5 s for 10,000]
  POST /webhooks/sendgrid/events, ${events.length} events in ${posts.length} signed batches of ≤ ${batchSize}, ${concurrency} at a time
    ${(webhookMs / 1000).toFixed(2)} s  ${Math.round(events.length / (webhookMs / 1000))} events/s   [target ≥ 2,000/s]
    (${fresh} new; messages now ${landed.map((l) => `${l.n} ${l.status}`).join(', ')})`);
