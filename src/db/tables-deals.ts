// Deals (issue 7, decision 016) and the report roll-ups kept by triggers (migration 0025, decision 025).
// Part of the DB interface in types.ts.

export interface DealsTable {
  id: string;
  title: string;
  value_cents: number | string;
  stage: string;
  lost_reason: string | null;
  expected_close_date: string | null;
  contact_id: string | null;
  company_id: string | null;
  owner_id: string;
  equipment_type: string | null;
  weight_lb: number | null;
  length_ft: number | null;
  width_ft: number | null;
  height_ft: number | null;
  origin_city: string | null;
  origin_state: string | null;
  destination_city: string | null;
  destination_state: string | null;
  pickup_from: string | null;
  pickup_to: string | null;
  permits_needed: number;
  escorts_needed: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  stage_changed_at: string;
  closed_at: string | null;
  /** Velocity's start: the lead's first touch if before the deal, else its creation (trigger, migration 0025). */
  first_touch_at?: string | null;
  /** The lead's current state and, once closed, the age bucket at close (0/1/2; triggers, migration 0025). */
  lead_state?: string | null;
  close_bucket?: number | null;
  /** "stage@time;stage@time…" in order: the stages it had (trigger, migration 0025). */
  stage_path?: string | null;
  /** Velocity: ms from the first touch to the deal's creation, and to its win (triggers, migration 0025). */
  to_deal_ms?: number | string | null;
  to_won_ms?: number | string | null;
  version: number;
}

// Report roll-ups kept by triggers (migration 0025, decision 025); NULL keys are stored as ''.
export interface OrgDaysTable {
  utc_start: string;
  day: string;
}

export interface ReportCallDaysTable {
  day: string;
  rep_id: string;
  state: string;
  calls: number;
  connects: number;
  interested: number;
}

export interface ReportCallHoursTable {
  hour: string;
  rep_id: string;
  n: number;
}

export interface ReportEmailDaysTable {
  day: string;
  sender_id: string;
  state: string;
  sent: number;
  replied: number;
}

export interface ReportLeadDaysTable {
  day: string;
  state: string;
  owner_id: string;
  leads: number;
  worked: number;
}

export interface ReportFunnelDaysTable {
  day: string;
  rep_id: string;
  state: string;
  step: string;
  n: number;
}
