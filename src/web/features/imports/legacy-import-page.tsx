import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconChevronLeft, IconFileTypeJs, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { useUsers } from '../users/users-api';
import { type LegacyUpload, useLegacyRepDefaults, useUploadLegacy } from './imports-api';
import { ImportsGate } from './imports-page';
import { RepMapping, type RepRows } from './rep-mapping';

type FileKey = 'contacts' | 'assignments' | 'activities';
const files: { key: FileKey; label: string; description: string }[] = [
  { key: 'contacts', label: 'contacts.json', description: 'The contact list' },
  {
    key: 'assignments',
    label: 'lead_assignments.json',
    description: 'Contact id → rep id, e.g. {"201": "rep1"}',
  },
  {
    key: 'activities',
    label: 'crm_activities.json',
    description: 'Status, notes and follow-ups per contact',
  },
];

export function LegacyImportPage() {
  useDocumentTitle('Legacy import · Imports · Lowboy');
  return (
    <ImportsGate>
      <LegacyImportForm />
    </ImportsGate>
  );
}

function LegacyImportForm() {
  const defaults = useLegacyRepDefaults();
  const users = useUsers();
  const upload = useUploadLegacy();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<Partial<Record<FileKey, File>>>({});
  const [errors, setErrors] = useState<Partial<Record<FileKey, string>>>({});
  const [reps, setReps] = useState<RepRows | null>(null);
  const [dryRun, setDryRun] = useState(false);

  useEffect(() => {
    if (defaults.data && reps === null)
      setReps(defaults.data.map((r) => ({ rep: r.rep, userId: r.user?.id ?? null })));
  }, [defaults.data, reps]);

  const pick = (key: FileKey, file: File | null) => {
    setPicked((p) => ({ ...p, [key]: file ?? undefined }));
    setErrors((e) => ({
      ...e,
      [key]: file && !/\.json$/i.test(file.name) ? 'Choose a .json file.' : undefined,
    }));
  };

  const submit = () => {
    const missing = Object.fromEntries(
      files.flatMap((f) => {
        const file = picked[f.key];
        if (!file) return [[f.key, `Choose ${f.label}.`]];
        return /\.json$/i.test(file.name) ? [] : [[f.key, 'Choose a .json file.']];
      }),
    );
    setErrors(missing);
    if (Object.keys(missing).length || !reps) return;
    const input: LegacyUpload = {
      contacts: picked.contacts!,
      assignments: picked.assignments!,
      activities: picked.activities!,
      reps: Object.fromEntries(reps.map((r) => [r.rep, r.userId])),
      dryRun,
    };
    upload.mutate(input, { onSuccess: (saved) => navigate(`/imports/${saved.id}`) });
  };

  const loadError = defaults.error ?? users.error;
  return (
    <PageContainer width={980}>
      <Anchor component={Link} to="/imports" size="sm" c="dimmed" display="inline-block" mb="xs">
        <Group gap={2}>
          <IconChevronLeft size={14} />
          All imports
        </Group>
      </Anchor>
      <PageHeader
        title="Legacy import"
        description="The old dashboard’s three files. Importing the same files again changes nothing."
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg">
            <Title order={2} mb="md">
              Files
            </Title>
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
              {files.map((f) => (
                <FileInput
                  key={f.key}
                  label={f.label}
                  description={f.description}
                  placeholder="Choose file"
                  accept=".json,application/json"
                  leftSection={<IconFileTypeJs size={16} />}
                  value={picked[f.key] ?? null}
                  onChange={(file) => pick(f.key, file)}
                  error={errors[f.key]}
                  clearable
                  withAsterisk
                />
              ))}
            </SimpleGrid>
          </Paper>

          <Paper withBorder radius="md" p="lg">
            <Title order={2}>Reps</Title>
            <Text c="dimmed" size="sm" mb="sm">
              Whose leads are whose: each rep id of the dashboard becomes a Lowboy user. By default rep1…rep5
              are Alex, Sarah, Mike, Jessica and David.
            </Text>
            {loadError ? (
              <LoadError
                title="Users could not load"
                error={loadError}
                onRetry={() => {
                  void defaults.refetch();
                  void users.refetch();
                }}
              />
            ) : reps && users.data ? (
              <RepMapping rows={reps} users={users.data} onChange={setReps} />
            ) : (
              <Stack gap="xs" aria-busy="true">
                {[1, 2, 3, 4, 5].map((n) => (
                  <Skeleton key={n} height={30} />
                ))}
              </Stack>
            )}
          </Paper>

          {upload.isError ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title="The files could not be imported"
              role="alert"
            >
              {upload.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="md">
            <Checkbox
              label="Dry run: report what would change, write nothing"
              checked={dryRun}
              onChange={(e) => setDryRun(e.currentTarget.checked)}
              mr="auto"
            />
            <Button
              type="submit"
              leftSection={<IconPlayerPlay size={16} />}
              loading={upload.isPending}
              disabled={!reps}
            >
              {dryRun ? 'Start dry run' : 'Start import'}
            </Button>
          </Group>
        </Stack>
      </form>
    </PageContainer>
  );
}
