import {
  fullNameOf,
  normalizeEmail,
  normalizeLocation,
  normalizePhone,
  textKey,
} from '../../../shared/contact-normalize';
import type { ContactInput } from '../../../shared/contacts';
import type { ContactRow } from './repo';

export type Problem = { path: string; message: string };

/** The contact's own columns, normalized; company linking and ownership are the caller's. */
export type PreparedContact = {
  fields: Omit<
    ContactRow,
    | 'id'
    | 'company_id'
    | 'company_key'
    | 'status'
    | 'owner_id'
    | 'last_activity_at'
    | 'next_follow_up_at'
    | 'legacy_id'
    | 'created_by'
    | 'updated_by'
    | 'created_at'
    | 'updated_at'
    | 'deleted_at'
    | 'deleted_by'
    | 'version'
  >;
  companyName: string | null;
  tags: string[];
  problems: Problem[];
};

/** Normalizes what a person typed or a file held, and says what is wrong with it, field by field. */
export function prepareContact(input: ContactInput): PreparedContact {
  const problems: Problem[] = [];
  const first = input.firstName ?? null;
  const last = input.lastName ?? null;
  const companyName = input.companyName?.trim() || null;
  const personName = fullNameOf(first, last);
  if (!personName && !companyName && !input.companyId) {
    problems.push({ path: 'firstName', message: 'Enter a name or a company.' });
  }

  const email = normalizeEmail(input.email);
  if (email === 'invalid')
    problems.push({ path: 'email', message: `"${input.email}" is not an email address.` });
  const phone = normalizePhone(input.phone);
  if (phone && !phone.e164)
    problems.push({ path: 'phone', message: `"${phone.raw}" is not a valid phone number.` });
  const mobile = normalizePhone(input.mobile);
  if (mobile && !mobile.e164)
    problems.push({ path: 'mobile', message: `"${mobile.raw}" is not a valid phone number.` });
  const loc = normalizeLocation(input.state, input.zip);
  if (loc.stateInvalid) problems.push({ path: 'state', message: `"${input.state}" is not a US state.` });
  if (loc.zipInvalid) problems.push({ path: 'zip', message: `"${input.zip}" is not a ZIP code.` });

  const fullName = personName || companyName || '';
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  return {
    fields: {
      first_name: first,
      last_name: last,
      full_name: fullName,
      name_key: textKey(fullName),
      title: input.title ?? null,
      email: email === 'invalid' ? null : email,
      phone: phone?.raw ?? null,
      phone_e164: phone?.e164 ?? null,
      phone_ext: phone?.ext ?? null,
      mobile: mobile?.raw ?? null,
      mobile_e164: mobile?.e164 ?? null,
      city: input.city ?? null,
      state: loc.state,
      zip: loc.zip,
      time_zone: loc.timeZone,
      source: input.source ?? null,
      tags: tags.length ? JSON.stringify(tags) : null,
      notes: input.notes ?? null,
    },
    companyName,
    tags,
    problems,
  };
}
