import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBuilding, IconLink, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contacts';
import { useCompany } from '../companies/companies-api';
import { CompanyPicker } from '../companies/company-picker';
import type { ContactEditor } from '../contacts/use-contact-editor';

/** The company this person works for: its facts, and linking, changing or unlinking it. */
export function ContactCompany({
  contact,
  editor,
  readOnly,
}: {
  contact: Contact;
  editor: ContactEditor;
  readOnly: boolean;
}) {
  const [picking, setPicking] = useState(false);
  const company = useCompany(contact.company?.id);
  const facts = company.data
    ? [
        company.data.industry,
        company.data.equipment,
        company.data.fleetSize ? `${company.data.fleetSize} trucks` : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : null;

  const link = async (patch: { companyId: string } | { companyName: string }) => {
    setPicking(false);
    await editor.save(patch);
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2}>Company</Title>
        {readOnly || picking ? null : (
          <Group gap={4}>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconLink size={14} />}
              onClick={() => setPicking(true)}
            >
              {contact.company ? 'Change' : 'Link a company'}
            </Button>
            {contact.company ? (
              <Button
                size="xs"
                variant="subtle"
                color="gray"
                leftSection={<IconUnlink size={14} />}
                onClick={() => void editor.save({ companyId: null })}
              >
                Unlink
              </Button>
            ) : null}
          </Group>
        )}
      </Group>
      {picking ? (
        <CompanyPicker
          onPick={(c) => void link({ companyId: c.id })}
          onCreate={(name) => void link({ companyName: name })}
          onCancel={() => setPicking(false)}
        />
      ) : contact.company ? (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconBuilding size={20} stroke={1.5} color="var(--mantine-color-dimmed)" />
          <Stack gap={2}>
            <Anchor component={Link} to={`/companies/${contact.company.id}`} fw={500}>
              {contact.company.name}
            </Anchor>
            {facts ? (
              <Text size="sm" c="dimmed">
                {facts}
              </Text>
            ) : null}
            {company.data && company.data.contacts.length > 1 ? (
              <Text size="xs" c="dimmed">
                {company.data.contacts.length - 1} other contact
                {company.data.contacts.length === 2 ? '' : 's'} there
              </Text>
            ) : null}
          </Stack>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          Not linked to a company.
        </Text>
      )}
    </Paper>
  );
}
