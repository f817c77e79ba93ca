import { ActionIcon, Anchor, Button, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUnlink, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contacts';
import { api } from '../../api/client';
import { phoneLabel, telHref } from '../../lib/format';
import { useUpdateContact } from '../contacts/contacts-api';
import { ContactPicker } from './contact-picker';

/** The people at this company, and adding or removing them. */
export function CompanyContacts({
  companyId,
  companyName,
  contacts,
}: {
  companyId: string;
  companyName: string;
  contacts: Contact[];
}) {
  const [adding, setAdding] = useState(false);
  const update = useUpdateContact();

  const fail = (title: string) => (e: Error) =>
    notifications.show({ color: 'red', title, message: e.message });
  const add = async (id: string) => {
    setAdding(false);
    try {
      const contact = await api.get('/api/contacts/{id}', { params: { path: { id } } });
      const saved = await update.mutateAsync({ id, patch: { version: contact.version, companyId } });
      notifications.show({
        color: 'teal',
        title: 'Contact added',
        message: `${saved.name} now works at ${companyName}.`,
      });
    } catch (e) {
      fail('Could not add the contact')(e as Error);
    }
  };
  const unlink = (c: Contact) =>
    update.mutate(
      { id: c.id, patch: { version: c.version, companyId: null } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: 'Contact removed',
            message: `${c.name} is no longer linked to ${companyName}.`,
          }),
        onError: fail(`Could not remove ${c.name}`),
      },
    );

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <Group justify="space-between" px="lg" py="md">
        <Title order={2}>
          Contacts{' '}
          <Text span c="dimmed" fw={400}>
            {contacts.length}
          </Text>
        </Title>
        {adding ? (
          <ContactPicker onPick={(id) => void add(id)} onCancel={() => setAdding(false)} />
        ) : (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconUserPlus size={14} />}
            onClick={() => setAdding(true)}
          >
            Add contact
          </Button>
        )}
      </Group>
      {contacts.length === 0 ? (
        <Text c="dimmed" ta="center" pb="xl" pt="sm">
          Nobody here yet. Add the people you talk to at {companyName}.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table highlightOnHover fz="sm" style={{ whiteSpace: 'nowrap' }}>
            <Table.Thead>
              <Table.Tr>
                {['Name', 'Title', 'Phone', 'Email', 'Owner', ''].map((h) => (
                  <Table.Th key={h}>
                    <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3} span>
                      {h}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((c) => {
                const href = telHref(c.phoneE164, c.phone, c.phoneExt);
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/contacts/${c.id}`} fw={500}>
                        {c.name}
                      </Anchor>
                      {c.state ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          · {c.state}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{c.title ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {href ? <Anchor href={href}>{phoneLabel(c.phone, c.phoneExt)}</Anchor> : '—'}
                    </Table.Td>
                    <Table.Td>
                      {c.email ? (
                        <Anchor href={`mailto:${c.email}`} c="var(--mantine-color-text)">
                          {c.email}
                        </Anchor>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {c.owner?.name ?? (
                        <Text span c="dimmed" fs="italic">
                          Unassigned
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td w={48}>
                      <Tooltip label="Remove from this company" withArrow>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Remove ${c.name} from ${companyName}`}
                          onClick={() => unlink(c)}
                        >
                          <IconUnlink size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
