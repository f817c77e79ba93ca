import type { Kysely } from 'kysely';
import type {
  DealsTable,
  OrgDaysTable,
  ReportCallDaysTable,
  ReportCallHoursTable,
  ReportEmailDaysTable,
  ReportFunnelDaysTable,
  ReportLeadDaysTable,
} from './tables-deals';
import type {
  EmailCampaignsTable,
  EmailEventsTable,
  EmailMessagesTable,
  EmailTemplatesTable,
  SuppressionsTable,
} from './tables-email';

export * from './tables-deals';
export * from './tables-email';

// Times are ISO-8601 UTC strings on both dialects (sortable, portable; see docs/decisions/002).
export type Role = 'rep' | 'manager' | 'admin';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  phone: string | null;
  password_hash: string;
  created_at: string;
  updated_at: string;
  deactivated_at: string | null;
  version: number;
  /** Per-rep overrides; null = the organisation's default. Optional: added by a later migration. */
  open_lead_limit?: number | null;
  daily_claim_limit?: number | null;
  /** Calls a day the rep aims for (migration 0007); null = none set. */
  daily_call_target?: number | null;
}

export interface SessionsTable {
  /** sha256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  ip: string | null;
  details: string | null;
  created_at: string;
}

export interface TimelineEventsTable {
  id: string;
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  actor_id: string | null;
  kind: string;
  data: string | null;
  occurred_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface CompaniesTable {
  id: string;
  name: string;
  name_key: string;
  industry: string | null;
  equipment: string | null;
  fleet_size: number | null;
  website: string | null;
  hq_city: string | null;
  hq_state: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  version: number;
}

export interface ContactsTable {
  id: string;
  first_name: string | null;
  last_name: string | null;
  full_name: string;
  name_key: string;
  company_id: string | null;
  company_key: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  phone_e164: string | null;
  phone_ext: string | null;
  mobile: string | null;
  mobile_e164: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  time_zone: string | null;
  status: string;
  owner_id: string | null;
  source: string | null;
  /** JSON array, for display; contact_tags is what filters use. */
  tags: string | null;
  notes: string | null;
  last_activity_at: string | null;
  next_follow_up_at: string | null;
  legacy_id: string | null;
  created_by: string | null;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  version: number;
  // Claim bookkeeping (migration 0004); optional so rows written before it still type-check.
  claimed_at?: string | null;
  owner_touched_at?: string | null;
  expiry_notice_at?: string | null;
  // Call bookkeeping and the call-flow lease (migration 0007).
  call_attempts?: number;
  last_call_at?: string | null;
  lease_user_id?: string | null;
  lease_expires_at?: string | null;
  /** The earliest call, kept by a trigger on calls (migration 0025). */
  first_call_at?: string | null;
  /**
   * The lead's first time at each funnel step and who took it there ('' for nobody), kept by triggers on claim
   * events, calls, emails and deals (migration 0026, decision 026; was the lead_milestones table).
   */
  first_claimed_at?: string | null;
  first_claimed_by?: string | null;
  first_contacted_at?: string | null;
  first_contacted_by?: string | null;
  first_connected_at?: string | null;
  first_connected_by?: string | null;
  first_interested_at?: string | null;
  first_interested_by?: string | null;
  first_deal_at?: string | null;
  first_deal_by?: string | null;
  first_won_at?: string | null;
  first_won_by?: string | null;
}

export interface ContactTagsTable {
  contact_id: string;
  tag: string;
}

export interface SearchTermsTable {
  term: string;
  entity: 'contact' | 'company';
  entity_id: string;
}

/** What one entity contributed to search_terms, space-separated (migration 0011, decision 014). */
export interface SearchDocumentsTable {
  entity: 'contact' | 'company';
  entity_id: string;
  terms: string;
}

export interface SavedViewsTable {
  id: string;
  user_id: string;
  name: string;
  query: string;
  columns: string | null;
  created_at: string;
  updated_at: string;
}

export interface ImportsTable {
  id: string;
  kind: 'csv' | 'legacy';
  status: 'draft' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  file_name: string;
  /** Relative to the imports folder (decision 007). */
  storage_path: string;
  file_size: number;
  /** JSON {encoding, delimiter} (CSV). */
  format: string | null;
  /** JSON array of the CSV header row. */
  headers: string | null;
  /** JSON: CSV column → field. */
  mapping: string | null;
  /** JSON: legacy rep mapping and time zone. */
  options: string | null;
  dedupe: 'skip' | 'fill' | 'create';
  dry_run: number;
  total_rows: number | null;
  processed_rows: number;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  rejected_count: number;
  warning_count: number;
  /** Data rows (CSV) or entries (legacy) already committed; a resumed run starts after them. */
  resume_offset: number;
  /** Set by the runner that claimed the job; every batch commit checks it (a stale runner can't write). */
  claim_token: string | null;
  heartbeat_at: string | null;
  attempts: number;
  error: string | null;
  /** Null when started from the command line. */
  created_by: string | null;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/** An index or the search terms a large import left out of its load and has not built yet (decision 027). */
export interface DeferredBuildsTable {
  name: string;
  kind: 'index' | 'search_terms';
  /** The CREATE INDEX statement (index), or the load's first contact id (search_terms). */
  definition: string;
  import_id: string;
  deferred_at: string;
}

export interface ImportIssuesTable {
  id: string;
  import_id: string;
  line: number | null;
  ref: string | null;
  outcome: 'rejected' | 'skipped' | 'warning';
  reason: string;
  /** JSON of the original values. */
  raw: string | null;
}

export interface RepTerritoriesTable {
  user_id: string;
  state: string;
  created_at: string;
  created_by: string | null;
}

/** One open presence stream: the id is the stream's, so two tabs of one person are two rows. */
export interface ContactPresenceTable {
  id: string;
  contact_id: string;
  user_id: string;
  started_at: string;
  expires_at: string;
}

export interface CallsTable {
  id: string;
  contact_id: string;
  rep_id: string;
  outcome: string;
  notes: string;
  duration_sec: number;
  follow_up_at: string | null;
  called_at: string;
}

export interface TasksTable {
  id: string;
  kind: 'callback' | 'follow_up';
  status: 'open' | 'done' | 'cancelled';
  contact_id: string;
  owner_id: string;
  call_id: string | null;
  due_at: string;
  note: string | null;
  completed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DB {
  org_days: OrgDaysTable;
  report_call_days: ReportCallDaysTable;
  report_call_hours: ReportCallHoursTable;
  report_email_days: ReportEmailDaysTable;
  report_lead_days: ReportLeadDaysTable;
  report_funnel_days: ReportFunnelDaysTable;
  deals: DealsTable;
  email_templates: EmailTemplatesTable;
  email_messages: EmailMessagesTable;
  email_events: EmailEventsTable;
  suppressions: SuppressionsTable;
  email_campaigns: EmailCampaignsTable;
  calls: CallsTable;
  tasks: TasksTable;
  contact_presence: ContactPresenceTable;
  rep_territories: RepTerritoriesTable;
  companies: CompaniesTable;
  contacts: ContactsTable;
  contact_tags: ContactTagsTable;
  search_terms: SearchTermsTable;
  /** Terms of imported contacts not yet moved into search_terms (migration 0023, decision 023). */
  search_terms_pending: SearchTermsTable;
  search_documents: SearchDocumentsTable;
  saved_views: SavedViewsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  timeline_events: TimelineEventsTable;
  settings: SettingsTable;
  imports: ImportsTable;
  import_issues: ImportIssuesTable;
  deferred_builds: DeferredBuildsTable;
}

export type Db = Kysely<DB>;
export type Dialect = 'sqlite' | 'postgres';
