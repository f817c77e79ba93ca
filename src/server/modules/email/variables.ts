import type { Db } from '../../../db/types';
import type { ContactWithNames } from '../contacts/repo';
import type { VariableValues } from './render';
import { lastCall, nextOpenTask } from './variables-repo';

export type Sender = { id: string; name: string; email: string; phone: string | null };

const ORG_ZONE = 'America/Chicago';

function formatIn(iso: string, zone: string, opts: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, ...opts }).format(new Date(iso));
}

const humanize = (s: string) => {
  const t = s.replace(/_/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
};

/** The values a template's variables take for one contact sent by one rep. */
export async function variablesFor(db: Db, contact: ContactWithNames, rep: Sender): Promise<VariableValues> {
  const [task, call] = await Promise.all([nextOpenTask(db, contact.id), lastCall(db, contact.id)]);
  const zone = contact.time_zone ?? ORG_ZONE;
  return {
    'contact.firstName': contact.first_name,
    'contact.lastName': contact.last_name,
    'contact.fullName': contact.full_name,
    'contact.title': contact.title,
    'contact.city': contact.city,
    'contact.state': contact.state,
    'company.name': contact.company_name,
    'rep.name': rep.name,
    'rep.firstName': rep.name.split(/\s+/)[0] ?? rep.name,
    'rep.phone': rep.phone,
    'rep.email': rep.email,
    'followUp.date': task
      ? formatIn(task.due_at, zone, { weekday: 'long', month: 'short', day: 'numeric' })
      : null,
    'followUp.time': task
      ? formatIn(task.due_at, zone, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })
      : null,
    'lastCall.outcome': call ? humanize(call.outcome) : null,
    'lastCall.date': call ? formatIn(call.called_at, zone, { month: 'short', day: 'numeric' }) : null,
  };
}
