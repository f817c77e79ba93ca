import { formatDistanceStrict } from 'date-fns';
import { formatLocal, leadTimeZone, opensAtLabel, splitByCallingHours } from '../../../shared/calling-hours';
import type { CallList, CallListGroup, CallListItem } from '../../../shared/calls';
import { retryOutcomes } from '../../../shared/calls';
import { type ContactStatus, contactStatusLabels } from '../../../shared/contacts';
import type { Actor, AppContext } from '../../context';
import { forbidden } from '../../errors';
import { endOfOrgDay, ORG_TIME_ZONE } from '../../org-time';
import { seesEverything } from '../access';
import { openTasksOfOwner } from '../tasks';
import { type WorkableLead, workableLeadsOf } from './call-list-repo';
import { getCallRules } from './rules';
import { callListStats } from './stats';

const groupOrder: Record<CallListGroup, number> = { overdue: 0, due_today: 1, new: 2, retry: 3 };
type Task = { kind: string; due_at: string };
type Entry = { lead: WorkableLead; group: CallListGroup; task: Task | null; reason: string };

// Completeness first (phone, email, company), as claim-next ranks the pool; then newest.
const completeness = (l: WorkableLead) => (l.phone_e164 ? 4 : 0) + (l.email ? 2 : 0) + (l.company_id ? 1 : 0);
function compare(a: Entry, b: Entry): number {
  if (a.group !== b.group) return groupOrder[a.group] - groupOrder[b.group];
  if (a.task && b.task && a.task.due_at !== b.task.due_at) return a.task.due_at < b.task.due_at ? -1 : 1;
  const c = completeness(b.lead) - completeness(a.lead);
  if (c !== 0) return c;
  return a.lead.created_at === b.lead.created_at
    ? a.lead.id.localeCompare(b.lead.id)
    : b.lead.created_at.localeCompare(a.lead.created_at);
}

/**
 * My day, built from the rep's own live leads (decision 010): 1. overdue callbacks and follow-ups, oldest first;
 * 2. due later today (the organisation's day), by time; 3. claimed leads never called; 4. No Answer / Left
 * Voicemail after the cool-down and under the attempt limit. Leads outside 8:00–21:00 local are held back.
 */
export async function buildCallList(ctx: AppContext, actor: Actor, repId?: string): Promise<CallList> {
  if (repId && repId !== actor.id && !seesEverything(actor))
    throw forbidden('You can see only your own list.');
  const rep = repId ?? actor.id;
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const endOfToday = endOfOrgDay(now).toISOString();
  const [leads, tasks, rules, stats] = await Promise.all([
    workableLeadsOf(ctx.db, rep),
    openTasksOfOwner(ctx.db, rep),
    getCallRules(ctx),
    callListStats(ctx, rep),
  ]);
  const firstTask = new Map<string, Task>();
  for (const t of tasks) if (!firstTask.has(t.contact_id)) firstTask.set(t.contact_id, t);
  const retryAfter = new Date(now.getTime() - rules.retryCoolDownHours * 3_600_000).toISOString();

  const entries: Entry[] = [];
  for (const lead of leads) {
    const zone = leadTimeZone(lead) ?? ORG_TIME_ZONE;
    const task = firstTask.get(lead.id) ?? null;
    const what = task?.kind === 'callback' ? 'Callback promised for' : 'Follow-up due';
    if (task && task.due_at < nowIso) {
      const due = formatLocal(zone, new Date(task.due_at), true);
      entries.push({ lead, group: 'overdue', task, reason: `Overdue: ${what.toLowerCase()} ${due}` });
    } else if (task && task.due_at < endOfToday) {
      entries.push({
        lead,
        group: 'due_today',
        task,
        reason: `${what} ${formatLocal(zone, new Date(task.due_at))}`,
      });
    } else if (task) {
    } else if (lead.status === 'not_called') {
      entries.push({ lead, group: 'new', task, reason: 'Never called' });
    } else if (
      (retryOutcomes as readonly string[]).includes(lead.status) &&
      (lead.call_attempts ?? 0) < rules.maxAttempts &&
      (!lead.last_call_at || lead.last_call_at <= retryAfter)
    ) {
      const ago = lead.last_call_at ? ` ${formatDistanceStrict(new Date(lead.last_call_at), now)} ago` : '';
      const label = contactStatusLabels[lead.status as ContactStatus];
      entries.push({ lead, group: 'retry', task, reason: `Retry: ${label}${ago}` });
    }
  }
  entries.sort(compare);
  const { open, held } = splitByCallingHours(entries, (e) => leadTimeZone(e.lead), now);
  const item = (e: Entry, opensAt: string | null) => present(e, actor.id, now, opensAt);
  return {
    items: open.map((e) => item(e, null)),
    heldBack: held.map((h) => item(h.item, opensAtLabel(leadTimeZone(h.item.lead), now, ORG_TIME_ZONE))),
    stats,
  };
}

function present(e: Entry, viewerId: string, now: Date, opensAt: string | null): CallListItem {
  const l = e.lead;
  const zone = leadTimeZone(l);
  const leased =
    l.lease_user_id && l.lease_user_id !== viewerId && (l.lease_expires_at ?? '') > now.toISOString();
  return {
    contactId: l.id,
    name: l.full_name,
    company: l.company_name,
    title: l.title,
    phone: l.phone,
    phoneE164: l.phone_e164,
    state: l.state,
    timeZone: zone,
    localTime: zone ? formatLocal(zone, now) : null,
    group: e.group,
    reason: e.reason,
    status: l.status as ContactStatus,
    attempts: l.call_attempts ?? 0,
    lastCallAt: l.last_call_at ?? null,
    dueAt: e.task?.due_at ?? null,
    opensAt,
    leasedBy: leased ? { id: l.lease_user_id!, name: l.lease_user_name ?? '' } : null,
  };
}
