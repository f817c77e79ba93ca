import { Anchor, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconHourglassLow } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ExpiringLead } from '../../../shared/expiring-leads';
import { useExpiringLeads } from './expiring-leads-api';

const SHOWN = 8;
const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });

/** "on Dec 3", or "today at 4:10 PM" / "tomorrow" when it is that close (in the viewer's zone). */
export function returnsOn(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const days = Math.round((startOfDay(at) - startOfDay(now)) / 86_400_000);
  if (days <= 0) return `today at ${timeFormat.format(at)}`;
  if (days === 1) return 'tomorrow';
  return `on ${dayFormat.format(at)}`;
}
const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** For reps: the claims the expiry job warned about, so they can touch them before they go back to the pool. */
export function ExpiringLeadsCard() {
  const leads = useExpiringLeads().data;
  if (!leads || leads.length === 0) return null;
  const title = `${leads.length === 1 ? '1 of your leads goes' : `${leads.length} of your leads go`} back to the pool soon`;
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-label="Leads going back to the pool"
      style={{ borderLeft: '4px solid var(--mantine-color-orange-5)' }}
    >
      <Group gap="md" align="flex-start" wrap="nowrap">
        <ThemeIcon color="orange" variant="light" size={40} radius="xl">
          <IconHourglassLow size={22} stroke={1.6} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <div>
            <Text fw={600} size="md">
              {title}
            </Text>
            <Text c="dimmed">
              Nobody has worked them lately. A call, an email or a note keeps a lead yours.
            </Text>
          </div>
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {leads.slice(0, SHOWN).map((lead) => (
              <LeadLine key={lead.id} lead={lead} />
            ))}
          </Stack>
          {leads.length > SHOWN ? (
            <Text size="xs" c="dimmed">
              and {leads.length - SHOWN} more; the soonest are listed first.
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}

function LeadLine({ lead }: { lead: ExpiringLead }) {
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      gap="md"
      py={8}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/contacts/${lead.id}`} fw={500} size="sm" truncate>
          {lead.name}
        </Anchor>
        {lead.company ? (
          <Text c="dimmed" truncate>
            · {lead.company}
          </Text>
        ) : null}
      </Group>
      <Text
        size="sm"
        c="orange.8"
        style={{ whiteSpace: 'nowrap' }}
        title={new Date(lead.expiresAt).toLocaleString()}
      >
        returns to the pool {returnsOn(lead.expiresAt)}
      </Text>
    </Group>
  );
}
