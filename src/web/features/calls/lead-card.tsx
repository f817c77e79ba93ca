import { Anchor, Avatar, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceMobile, IconExternalLink, IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CallListItem } from '../../../shared/calls';
import type { Contact } from '../../../shared/contacts';
import { ContactStatusBadge } from '../../components/contact-status-badge';
import { LocalTime } from '../../components/local-time';
import { phoneLabel, placeLabel, pluralize, telHref } from '../../lib/format';
import { groupColors, groupLabels } from '../../lib/outcome-labels';

/**
 * Who to call and why, drawn from the list row at once and filled in from the contact when it arrives
 * (it is usually prefetched). `onDial` restarts the call timer when the rep clicks a number.
 */
export function LeadCard({
  item,
  contact,
  onDial,
  aside,
}: {
  item: CallListItem;
  contact: Contact | undefined;
  onDial: () => void;
  aside?: ReactNode;
}) {
  const name = contact?.name ?? item.name;
  const company = contact?.company?.name ?? item.company;
  const title = contact?.title ?? item.title;
  const phoneHref = contact
    ? telHref(contact.phoneE164, contact.phone, contact.phoneExt)
    : telHref(item.phoneE164, item.phone, null);
  const phoneText = contact ? phoneLabel(contact.phone, contact.phoneExt) : item.phone;
  const mobileHref = contact ? telHref(contact.mobileE164, contact.mobile, null) : null;
  const place = contact ? placeLabel(contact.city, contact.state, contact.zip) : item.state;
  const timeZone = contact?.timeZone ?? item.timeZone;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Lead">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <Avatar name={name || '?'} color="initials" radius="xl" size={56} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="sm" wrap="nowrap">
              <Title order={1} fz={26} lh={1.2} lineClamp={1}>
                {name}
              </Title>
              <ContactStatusBadge status={contact?.status ?? item.status} />
            </Group>
            <Text c="dimmed" truncate>
              {[title, company].filter(Boolean).join(' at ') || 'No company on file'}
            </Text>
            <Group gap={8} mt={2}>
              <Badge variant="light" color={groupColors[item.group]} radius="sm" tt="none">
                {groupLabels[item.group]}
              </Badge>
              <Text size="sm" fw={500}>
                {item.reason}
                <Text span size="sm" c="dimmed" fw={400}>
                  {' · '}
                  {item.attempts === 0 ? 'first call' : `${pluralize(item.attempts, 'attempt')} so far`}
                </Text>
              </Text>
            </Group>
          </Stack>
        </Group>
        {aside}
      </Group>

      <Group gap="lg" mt="md" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        {phoneHref ? (
          <Button
            component="a"
            href={phoneHref}
            onClick={onDial}
            size="md"
            color="teal"
            leftSection={<IconPhone size={18} />}
            aria-label={`Call ${phoneText ?? 'phone'}`}
          >
            {phoneText}
          </Button>
        ) : (
          <Text c="dimmed">No phone number on file</Text>
        )}
        {mobileHref ? (
          <Fact icon={<IconDeviceMobile size={16} stroke={1.6} />}>
            <Anchor href={mobileHref} onClick={onDial}>
              {contact?.mobile}
            </Anchor>
          </Fact>
        ) : null}
        {contact?.email ? (
          <Fact icon={<IconMail size={16} stroke={1.6} />}>
            <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
          </Fact>
        ) : null}
        {place ? (
          <Fact icon={<IconMapPin size={16} stroke={1.6} />}>
            <Text size="sm">{place}</Text>
          </Fact>
        ) : null}
        {timeZone ? <LocalTime timeZone={timeZone} /> : null}
        <Anchor
          component={Link}
          to={`/contacts/${item.contactId}`}
          size="sm"
          ml="auto"
          target="_blank"
          c="dimmed"
        >
          <Group gap={4} wrap="nowrap">
            Open contact <IconExternalLink size={14} />
          </Group>
        </Anchor>
      </Group>

      {contact?.notes ? (
        <Paper bg="yellow.0" radius="sm" p="sm" mt="md" aria-label="Notes on file">
          <Text size="xs" fw={600} c="yellow.9" tt="uppercase" lts={0.4} mb={2}>
            Notes on file
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
            {contact.notes}
          </Text>
        </Paper>
      ) : null}
    </Paper>
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
