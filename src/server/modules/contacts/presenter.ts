import type { Contact, ContactStatus } from '../../../shared/contacts';
import type { ContactWithNames } from './repo';

export function presentContact(c: ContactWithNames): Contact {
  return {
    id: c.id,
    firstName: c.first_name,
    lastName: c.last_name,
    name: c.full_name,
    company: c.company_id ? { id: c.company_id, name: c.company_name ?? '' } : null,
    title: c.title,
    email: c.email,
    phone: c.phone,
    phoneE164: c.phone_e164,
    phoneExt: c.phone_ext,
    mobile: c.mobile,
    mobileE164: c.mobile_e164,
    city: c.city,
    state: c.state,
    zip: c.zip,
    timeZone: c.time_zone,
    status: c.status as ContactStatus,
    owner: c.owner_id ? { id: c.owner_id, name: c.owner_name ?? '' } : null,
    source: c.source,
    tags: c.tags ? (JSON.parse(c.tags) as string[]) : [],
    notes: c.notes,
    lastActivityAt: c.last_activity_at,
    nextFollowUpAt: c.next_follow_up_at,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    deletedAt: c.deleted_at,
    version: c.version,
  };
}
