import { Alert, Box, Code, Group, Loader, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan, IconCode, IconEye, IconTextCaption } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RenderedEmail } from '../../../shared/email';
import { EmailFrame } from './email-frame';

/** Variables the preview found empty, said the way a rep can fix them. */
export function MissingVariablesAlert({ missing, children }: { missing: string[]; children?: ReactNode }) {
  if (missing.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={missing.length === 1 ? 'A variable has no value' : `${missing.length} variables have no value`}
    >
      <Text size="sm">
        {missing.map((v, i) => (
          <span key={v}>
            {i > 0 ? ', ' : ''}
            <Code>{`{{${v}}}`}</Code>
          </span>
        ))}{' '}
        would be empty for this contact. Add a fallback like <Code>{'{{contact.firstName | "there"}}'}</Code>{' '}
        or fill in the contact.
      </Text>
      {children}
    </Alert>
  );
}

/** What the recipient would get: the header lines, the HTML part (sandboxed) and the plain-text part. */
export function EmailPreview({
  email,
  loading,
  error,
  from,
}: {
  email: RenderedEmail | undefined;
  loading: boolean;
  error: Error | null;
  from?: string;
}) {
  if (error && !email) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Preview failed">
        {error.message}
      </Alert>
    );
  }
  if (!email) {
    return (
      <Paper withBorder radius="md" p="xl" bg="var(--mantine-color-gray-0)">
        <Group justify="center" gap="xs" c="dimmed">
          <Loader size="xs" />
          <Text size="sm">Rendering preview…</Text>
        </Group>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      {email.blockedReason ? (
        <Alert color="red" variant="light" icon={<IconBan size={18} />} title="Can't be sent to this contact">
          {email.blockedReason}
        </Alert>
      ) : null}
      <MissingVariablesAlert missing={email.missing} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }} aria-label="Email preview" role="region">
        <Stack gap={4} px="md" py="sm" bg="var(--mantine-color-gray-0)" pos="relative">
          {from ? <HeaderLine label="From" value={from} /> : null}
          <HeaderLine label="To" value={email.to ?? 'no email address'} dimmed={!email.to} />
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Text size="xs" c="dimmed" w={52} style={{ flexShrink: 0 }}>
              Subject
            </Text>
            <Text fw={600} size="sm" data-testid="preview-subject">
              {email.subject}
            </Text>
          </Group>
          {loading ? (
            <Loader size={14} pos="absolute" top={12} right={12} aria-label="Updating preview" />
          ) : null}
        </Stack>
        <Tabs defaultValue="html" variant="default">
          <Tabs.List px="sm">
            <Tabs.Tab value="html" leftSection={<IconEye size={14} />}>
              Email
            </Tabs.Tab>
            <Tabs.Tab value="text" leftSection={<IconTextCaption size={14} />}>
              Plain text
            </Tabs.Tab>
            <Tabs.Tab value="source" leftSection={<IconCode size={14} />}>
              HTML
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="html" p="xs">
            <EmailFrame html={email.html} title="Rendered email" />
          </Tabs.Panel>
          <Tabs.Panel value="text">
            <Box
              component="pre"
              m={0}
              p="md"
              fz="sm"
              mah={420}
              style={{ whiteSpace: 'pre-wrap', overflow: 'auto', fontFamily: 'var(--mantine-font-family)' }}
            >
              {email.text}
            </Box>
          </Tabs.Panel>
          <Tabs.Panel value="source">
            <Code block mah={420} style={{ overflow: 'auto', borderRadius: 0 }}>
              {email.html}
            </Code>
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}

function HeaderLine({ label, value, dimmed }: { label: string; value: string; dimmed?: boolean }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="xs" c="dimmed" w={52} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" c={dimmed ? 'dimmed' : undefined} fs={dimmed ? 'italic' : undefined} truncate>
        {value}
      </Text>
    </Group>
  );
}
