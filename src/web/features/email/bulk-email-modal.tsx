import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconMailForward, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import type { EmailCampaign } from '../../../shared/email';
import { pluralize } from '../../lib/format';
import { CampaignProgress } from './campaign-progress';
import { type CampaignTarget, useStartCampaign } from './send-api';
import { useTemplates } from './templates-api';

const reasonLabels: Record<string, string> = {
  suppressed: 'Suppressed',
  no_email: 'No email address',
  not_yours: 'Not your lead',
};
const reasonLabel = (r: string) => reasonLabels[r] ?? r;

/**
 * Email a selection with one template: choose it, read the plan (who gets it, who is skipped and why), confirm,
 * then watch it go out, paced, with a way to stop it.
 */
export function BulkEmailModal({
  target,
  count,
  onClose,
  onStarted,
}: {
  target: CampaignTarget;
  count: number;
  onClose: () => void;
  onStarted?: () => void;
}) {
  const templates = useTemplates();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [plan, setPlan] = useState<EmailCampaign | null>(null);
  const [started, setStarted] = useState<EmailCampaign | null>(null);
  const start = useStartCampaign();

  const review = () =>
    templateId && start.mutate({ ...target, templateId, dryRun: true }, { onSuccess: setPlan });
  const send = () =>
    templateId &&
    start.mutate(
      { ...target, templateId, dryRun: false },
      {
        onSuccess: (c) => {
          setStarted(c);
          onStarted?.();
        },
      },
    );

  const recipients = plan ? plan.total : 0;
  const title = started ? 'Sending' : plan ? 'Review recipients' : `Email ${pluralize(count, 'contact')}`;
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      styles={{ title: { fontWeight: 600, fontSize: 18 } }}
    >
      {started ? (
        <CampaignProgress campaignId={started.id} initial={started} onClose={onClose} />
      ) : plan ? (
        <Stack gap="md">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={44} radius="xl" variant="light" color="teal">
              <IconUsers size={22} />
            </ThemeIcon>
            <div>
              <Text fw={600}>
                {pluralize(recipients, 'contact')} will get “{plan.templateName}”
              </Text>
              <Text size="sm" c="dimmed">
                Personalized for each one, at up to {plan.perMinute} a minute, with an unsubscribe link and
                your postal address in the footer.
              </Text>
            </div>
          </Group>
          {plan.skipped.length ? (
            <Stack gap={6}>
              <Text fw={600} size="sm">
                {pluralize(plan.skipped.length, 'contact')} skipped
              </Text>
              <ScrollArea.Autosize mah={260} type="auto">
                <Table verticalSpacing={6} aria-label="Skipped contacts">
                  <Table.Tbody>
                    {plan.skipped.map((s) => (
                      <Table.Tr key={s.contactId}>
                        <Table.Td>
                          <Text size="sm">{s.name}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Badge variant="light" color="gray" radius="sm" tt="none">
                            {reasonLabel(s.reason)}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Nobody is skipped.
            </Text>
          )}
          {start.isError ? (
            <Alert color="red" variant="light">
              {start.error.message}
            </Alert>
          ) : null}
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => setPlan(null)}>
              Back
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                leftSection={<IconMailForward size={16} />}
                onClick={send}
                loading={start.isPending}
                disabled={recipients === 0}
              >
                Send to {pluralize(recipients, 'contact')}
              </Button>
            </Group>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Select
            label="Template"
            placeholder={templates.isLoading ? 'Loading templates…' : 'Choose a template'}
            data={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={templateId}
            onChange={setTemplateId}
            searchable
          />
          {templateId ? (
            <Text size="sm" c="dimmed">
              Subject: {templates.data?.find((t) => t.id === templateId)?.subject}
            </Text>
          ) : null}
          {start.isError ? (
            <Alert color="red" variant="light">
              {start.error.message}
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed">
            Nothing is sent yet: next you see who gets it and who is skipped (suppressed, no email) and why.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={review} disabled={!templateId} loading={start.isPending}>
              Review recipients
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
