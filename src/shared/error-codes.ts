import { z } from 'zod';

// Every `error.code` the API answers with, in the one error shape { error: { code, message, details? } }.
// The server's error factories take only these (a new code is added here first); the web compares against them.

/** Codes of the errors plugin, the auth/CSRF/rate-limit plugins and the generic factories. */
const requestErrorCodes = [
  'validation_failed',
  'invalid_json',
  'unauthorized',
  'forbidden',
  'not_found',
  'cross_origin_request',
  'too_many_requests',
  'internal_error',
] as const;

/**
 * Fastify and @fastify/multipart errors passed through with their own status: `FST_ERR_` dropped, lower-cased
 * (e.g. FST_ERR_CTP_BODY_TOO_LARGE → ctp_body_too_large); `bad_request` when one has no code. request_timeout
 * and headers_too_large come from Node's HTTP parser (plugins/errors.ts clientErrorHandler).
 */
const frameworkErrorCodes = [
  'bad_request',
  'ctp_body_too_large',
  'ctp_invalid_media_type',
  'ctp_invalid_content_length',
  'bad_url',
  'invalid_url',
  'max_param_length',
  'request_timeout',
  'headers_too_large',
  'fst_parts_limit',
  'fst_files_limit',
  'fst_fields_limit',
  'fst_proto_violation',
  'fst_invalid_multipart_content_type',
  'fst_invalid_json_field_error',
  'fst_mp_premature_close',
] as const;

/** Codes the services throw, by domain. */
const domainErrorCodes = [
  // auth and users
  'invalid_credentials',
  'account_deactivated',
  'invalid_current_password',
  'password_unchanged',
  'email_taken',
  'cannot_change_self',
  'unknown_user',
  // any versioned record: 409 with the current one
  'stale_version',
  // contacts and companies
  'possible_duplicate',
  'company_exists',
  'contact_deleted',
  'restore_window_passed',
  'merge_into_itself',
  'invalid_cursor',
  'forbidden_filter',
  'too_many_contacts',
  'selection_required',
  'ambiguous_selection',
  // leads and territories
  'lead_already_claimed',
  'lead_already_yours',
  'lead_not_claimed',
  'lead_changed_hands',
  'open_lead_limit',
  'daily_claim_limit',
  'not_a_rep',
  'not_an_active_rep',
  'invalid_owner',
  'notice_after_expiry',
  // calls
  'lead_leased',
  'follow_up_required',
  'invalid_range',
  // deals and reports
  'deal_closed',
  'lost_reason_required',
  'reports_unavailable',
  // email
  'no_content',
  'no_email',
  'suppressed',
  'missing_variables',
  'invalid_events',
  // imports
  'file_too_large',
  'file_missing',
  'unexpected_file',
  'unreadable_file',
  'mapping_empty',
  'mapping_mismatch',
  'import_not_editable',
  'import_not_startable',
  'import_finished',
  'invalid_time_zone',
] as const;

export const errorCodes = [...requestErrorCodes, ...frameworkErrorCodes, ...domainErrorCodes] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The body of every error response. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
