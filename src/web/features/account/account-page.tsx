import { Avatar, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { roleLabels } from '../../../shared/users';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { useCurrentUser } from '../auth/current-user';
import { ChangePasswordForm } from './change-password-form';

export function AccountPage() {
  useDocumentTitle('Account · Lowboy');
  const me = useCurrentUser();
  return (
    <PageContainer width={960}>
      <PageHeader title="Account" description="Your profile and sign-in." />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Group gap="md" wrap="nowrap" align="flex-start">
            <Avatar name={me.name} color="initials" radius="xl" size={48} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" style={{ flex: 1 }}>
              <Detail label="Name" value={me.name} />
              <Detail label="Email" value={me.email} />
              <Detail label="Role" value={roleLabels[me.role]} />
            </SimpleGrid>
          </Group>
          <Text size="xs" c="dimmed" mt="md">
            To change your name, email or role, ask your sales manager or an admin.
          </Text>
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing={40}>
            <Stack gap={4}>
              <Title order={2}>Change password</Title>
              <Text c="dimmed">
                Use at least 12 characters; a short phrase is easier to remember and harder to guess. Changing
                it signs you out on every other device.
              </Text>
            </Stack>
            <ChangePasswordForm />
          </SimpleGrid>
        </Paper>
      </Stack>
    </PageContainer>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fw={500} truncate>
        {value}
      </Text>
    </Stack>
  );
}
