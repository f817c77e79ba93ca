import type { Db } from '../../../db/types';
import type { ContactWithNames } from '../contacts';
import type { VariableValues } from './render';
import { lastCall, lastCalls, nextOpenTask, nextOpenTasks } from './variables-repo';

export type Sender = { id: string; name: string; email: string; phone: string | null };

const ORG_ZONE = 'America/Chicago';

// Making an Intl.DateTimeFormat costs far more than formatting with one: keep one per zone and format.
const formats = new Map<string, Intl.DateTimeFormat>();
function formatIn(iso: string, zone: string, name: string, opts: Intl.DateTimeFormatOptions): string {
  const key = `${zone}|${name}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, ...opts });
    formats.set(key, f);
  }
  return f.format(new Date(iso));
}

const humanize = (s: string) => {
  const t = s.replace(/_/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
};

/** What the variables read besides the contact and the rep: its next open task and its last call. */
export type ContactActivity = {
  task: { due_at: string } | undefined;
  call: { outcome: string; called_at: string } | undefined;
};

/** The activity of many contacts in two queries, for a bulk send (instead of two queries per recipient). */
export async function activityOf(db: Db, contactIds: string[]): Promise<(id: string) => ContactActivity> {
  const [tasks, calls] = await Promise.all([nextOpenTasks(db, contactIds), lastCalls(db, contactIds)]);
  return (id) => ({ task: tasks.get(id), call: calls.get(id) });
}

/** The values a template's variables take for one contact sent by one rep (`activity` when already loaded). */
export async function variablesFor(
  db: Db,
  contact: ContactWithNames,
  rep: Sender,
  activity?: ContactActivity,
): Promise<VariableValues> {
  const [task, call] = activity
    ? [activity.task, activity.call]
    : await Promise.all([nextOpenTask(db, contact.id), lastCall(db, contact.id)]);
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
      ? formatIn(task.due_at, zone, 'date', { weekday: 'long', month: 'short', day: 'numeric' })
      : null,
    'followUp.time': task
      ? formatIn(task.due_at, zone, 'time', { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })
      : null,
    'lastCall.outcome': call ? humanize(call.outcome) : null,
    'lastCall.date': call
      ? formatIn(call.called_at, zone, 'short', { month: 'short', day: 'numeric' })
      : null,
  };
}
