import type { Kysely } from 'kysely';

// Email (issue 6, decision 011): templates, the outbox (one row per recipient, unique idempotency key),
// provider events (unique sg_event_id), the suppression list and bulk campaigns. Portable (decision 001):
// text UUIDv7 ids, ISO text times, integer flags.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('email_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('archived_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('email_templates_scope_owner')
    .on('email_templates')
    .columns(['scope', 'owner_id'])
    .execute();

  await db.schema
    .createTable('email_campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template_id', 'text', (c) => c.notNull().references('email_templates.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('per_minute', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();

  await db.schema
    .createTable('email_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('reply_token', 'text', (c) => c.notNull().unique())
    .addColumn('message_id_header', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('template_id', 'text', (c) => c.references('email_templates.id'))
    .addColumn('campaign_id', 'text', (c) => c.references('email_campaigns.id'))
    .addColumn('sender_id', 'text', (c) => c.references('users.id'))
    .addColumn('from_email', 'text', (c) => c.notNull())
    .addColumn('from_name', 'text', (c) => c.notNull())
    .addColumn('to_email', 'text', (c) => c.notNull())
    .addColumn('reply_to', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('is_test', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('opened_at', 'text')
    .addColumn('clicked_at', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('bounced_at', 'text')
    .execute();
  // The delivery poll: due queued rows and expired claims.
  await db.schema
    .createIndex('email_messages_due')
    .on('email_messages')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('email_messages_campaign')
    .on('email_messages')
    .columns(['campaign_id', 'status'])
    .execute();
  await db.schema
    .createIndex('email_messages_contact')
    .on('email_messages')
    .columns(['contact_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('email_messages_sender')
    .on('email_messages')
    .columns(['sender_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('email_messages_provider_id')
    .on('email_messages')
    .column('provider_message_id')
    .execute();
  await db.schema
    .createIndex('email_messages_header_id')
    .on('email_messages')
    .column('message_id_header')
    .execute();

  await db.schema
    .createTable('email_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sg_event_id', 'text', (c) => c.notNull().unique())
    .addColumn('message_id', 'text', (c) => c.references('email_messages.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('email_events_message').on('email_events').column('message_id').execute();

  await db.schema
    .createTable('suppressions')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['suppressions', 'email_events', 'email_messages', 'email_campaigns', 'email_templates'])
    await db.schema.dropTable(t).execute();
}
