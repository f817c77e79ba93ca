import { leadTimeZone } from '../../../shared/calling-hours';
import type { Task } from '../../../shared/tasks';
import type { TaskWithNames } from './repo';

export function presentTask(t: TaskWithNames): Task {
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    dueAt: t.due_at,
    note: t.note,
    contact: {
      id: t.contact_id,
      name: t.contact_name,
      company: t.company_name,
      timeZone: leadTimeZone({ time_zone: t.contact_time_zone, state: t.contact_state, zip: t.contact_zip }),
    },
    owner: { id: t.owner_id, name: t.owner_name },
    completedAt: t.completed_at,
    createdAt: t.created_at,
    version: t.version,
  };
}
