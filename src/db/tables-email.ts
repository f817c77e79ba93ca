// Email tables (issue 6, decision 011): templates, the outbox of messages, provider events, suppressions,
// campaigns. Part of the DB interface in types.ts.

export interface EmailTemplatesTable {
  id: string;
  name: string;
  subject: string;
  body: string;
  scope: 'team' | 'personal';
  owner_id: string | null;
  archived_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The email outbox (migration 0008): one row per recipient, delivered by the job runner. */
export interface EmailMessagesTable {
  id: string;
  idempotency_key: string;
  reply_token: string;
  message_id_header: string;
  contact_id: string | null;
  template_id: string | null;
  campaign_id: string | null;
  sender_id: string | null;
  from_email: string;
  from_name: string;
  to_email: string;
  reply_to: string | null;
  subject: string;
  html: string;
  text: string;
  /** JSON object of extra headers (List-Unsubscribe…). */
  headers: string;
  provider: 'outbox' | 'smtp' | 'sendgrid';
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  claimed_until: string | null;
  provider_message_id: string | null;
  last_error: string | null;
  is_test: number;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  delivered_at: string | null;
  opened_at: string | null;
  clicked_at: string | null;
  replied_at: string | null;
  bounced_at: string | null;
}

export interface EmailEventsTable {
  id: string;
  sg_event_id: string;
  message_id: string | null;
  event: string;
  email: string | null;
  data: string;
  occurred_at: string;
  received_at: string;
}

export interface SuppressionsTable {
  /** Lowercased address. */
  email: string;
  reason: 'unsubscribed' | 'bounced' | 'spam_report' | 'manual';
  note: string | null;
  created_by: string | null;
  created_at: string;
}

export interface EmailCampaignsTable {
  id: string;
  template_id: string;
  created_by: string;
  status: 'queued' | 'sending' | 'done' | 'cancelled';
  total: number;
  per_minute: number;
  /** JSON array of {contactId, name, reason}. */
  skipped: string;
  created_at: string;
  finished_at: string | null;
}

/** Deals (migration 0016): money in integer cents, flags 0/1. */
