import type { Task } from '../../../shared/tasks';

export const taskKindLabels: Record<Task['kind'], string> = {
  callback: 'Callback',
  follow_up: 'Follow-up',
};

const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const dayTimeFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "3:30 PM" today, else "Wed, Nov 25, 3:30 PM" (viewer's zone). */
export function dueLabel(iso: string, now = new Date()): string {
  const at = new Date(iso);
  return at.toDateString() === now.toDateString() ? timeFormat.format(at) : dayTimeFormat.format(at);
}
