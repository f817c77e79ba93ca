import { Anchor, Avatar, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceMobile, IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contacts';
import { ContactStatusBadge } from '../../components/contact-status-badge';
import { LocalTime } from '../../components/local-time';
import { formatExact, formatRelative, phoneLabel, placeLabel, telHref } from '../../lib/format';

/** Who this is and how to reach them, at a glance: the top of the contact page. */
export function ContactHeader({ contact, actions }: { contact: Contact; actions?: ReactNode }) {
  const phoneHref = telHref(contact.phoneE164, contact.phone, contact.phoneExt);
  const mobileHref = telHref(contact.mobileE164, contact.mobile, null);
  const place = placeLabel(contact.city, contact.state, contact.zip);
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Avatar name={contact.name} color="initials" radius="xl" size={52} />
          <Stack gap={6}>
            <Group gap="sm">
              <Title order={1}>{contact.name}</Title>
              <ContactStatusBadge status={contact.status} />
            </Group>
            <Role contact={contact} />
            <Group gap="lg" mt={4}>
              {phoneHref ? (
                <Fact icon={<IconPhone size={16} stroke={1.6} />}>
                  <Anchor href={phoneHref} fw={500}>
                    {phoneLabel(contact.phone, contact.phoneExt)}
                  </Anchor>
                </Fact>
              ) : null}
              {mobileHref ? (
                <Fact icon={<IconDeviceMobile size={16} stroke={1.6} />}>
                  <Anchor href={mobileHref}>{contact.mobile}</Anchor>
                </Fact>
              ) : null}
              {contact.email ? (
                <Fact icon={<IconMail size={16} stroke={1.6} />}>
                  <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
                </Fact>
              ) : null}
              {place ? (
                <Fact icon={<IconMapPin size={16} stroke={1.6} />}>
                  <Text size="sm">{place}</Text>
                </Fact>
              ) : null}
              {contact.timeZone ? <LocalTime timeZone={contact.timeZone} /> : null}
            </Group>
          </Stack>
        </Group>
        <Group gap="xs" wrap="wrap">
          {phoneHref ? (
            <Button component="a" href={phoneHref} leftSection={<IconPhone size={16} />}>
              Call
            </Button>
          ) : null}
          {actions}
        </Group>
      </Group>
      <Divider my="md" />
      <Group gap={40}>
        <Meta label="Owner">
          {contact.owner ? (
            <Group gap={6} wrap="nowrap">
              <Avatar name={contact.owner.name} color="initials" size={20} radius="xl" />
              <Text size="sm">{contact.owner.name}</Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              Unassigned
            </Text>
          )}
        </Meta>
        <Meta label="Last activity">
          <When iso={contact.lastActivityAt} empty="Never" />
        </Meta>
        <Meta label="Next follow-up">
          <When iso={contact.nextFollowUpAt} empty="None scheduled" />
        </Meta>
        <Meta label="Source">
          <Text size="sm">{contact.source ?? '—'}</Text>
        </Meta>
        <Meta label="Tags">
          {contact.tags.length ? (
            <Group gap={4}>
              {contact.tags.map((t) => (
                <Badge key={t} variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                  {t}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Meta>
      </Group>
    </Paper>
  );
}

function Role({ contact }: { contact: Contact }) {
  const company = contact.company ? (
    <Anchor component={Link} to={`/companies/${contact.company.id}`} fw={500}>
      {contact.company.name}
    </Anchor>
  ) : null;
  if (!contact.title && !company) return null;
  return (
    <Text c="dimmed">
      {contact.title}
      {contact.title && company ? ' at ' : null}
      {company}
    </Text>
  );
}

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed">
      {icon}
      {children}
    </Group>
  );
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function When({ iso, empty }: { iso: string | null; empty: string }) {
  if (!iso) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Text size="sm" title={formatExact(iso)}>
      {formatRelative(iso)}
    </Text>
  );
}
