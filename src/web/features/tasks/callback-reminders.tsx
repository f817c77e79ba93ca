import { Anchor, Badge, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellRinging } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../auth/current-user';
import { dueLabel } from './task-kind';
import { useTasks } from './tasks-api';

const LEAD_MS = 10 * 60_000;
const seenKey = 'lowboy.reminded';

/** How many of my follow-ups are overdue: the red number on the sidebar's Follow-ups entry. */
export function OverdueBadge() {
  const me = useCurrentUser();
  const count = useTasks('overdue', me.id).data?.length ?? 0;
  if (!count) return null;
  return (
    <Badge size="sm" color="red" circle={count < 10} aria-label={`${count} overdue`}>
      {count}
    </Badge>
  );
}

/**
 * A toast 10 minutes before each of my callbacks is due (tasks are polled every minute; the check runs
 * every 20 s so a reminder is never more than that late). Each reminder shows once per browser session.
 */
export function CallbackReminders() {
  const me = useCurrentUser();
  const today = useTasks('today', me.id).data;
  const navigate = useNavigate();
  const [now, setNow] = useState(() => Date.now());
  const shown = useRef(readSeen());

  useEffect(() => {
    const every = setInterval(() => setNow(Date.now()), 20_000);
    return () => clearInterval(every);
  }, []);

  useEffect(() => {
    for (const task of today ?? []) {
      const due = new Date(task.dueAt).getTime();
      const key = `${task.id}@${task.dueAt}`;
      if (due - now > LEAD_MS || due < now || shown.current.has(key)) continue;
      shown.current.add(key);
      writeSeen(shown.current);
      notifications.show({
        id: key,
        color: 'blue',
        icon: <IconBellRinging size={18} />,
        autoClose: false,
        title: `${task.kind === 'callback' ? 'Callback' : 'Follow-up'} at ${dueLabel(task.dueAt)}: ${task.contact.name}`,
        message: (
          <Text size="sm">
            {task.contact.company ? `${task.contact.company} · ` : ''}
            <Anchor
              href={`/call/${task.contact.id}`}
              size="sm"
              onClick={(event) => {
                // Toasts render outside the router: navigate through it, not with a page load.
                event.preventDefault();
                notifications.hide(key);
                void navigate(`/call/${task.contact.id}`);
              }}
            >
              Call now
            </Anchor>
          </Text>
        ),
      });
    }
  }, [today, now, navigate]);

  return null;
}

function readSeen(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(seenKey) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function writeSeen(seen: Set<string>) {
  try {
    sessionStorage.setItem(seenKey, JSON.stringify([...seen].slice(-200)));
  } catch {
    // A full or blocked storage only means a reminder may show again after a reload.
  }
}
