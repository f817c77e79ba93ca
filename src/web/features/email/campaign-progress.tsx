import { Alert, Button, Group, Modal, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPlayerStop } from '@tabler/icons-react';
import { useState } from 'react';
import type { EmailCampaign } from '../../../shared/email';
import { pluralize } from '../../lib/format';
import { isCampaignActive, useCampaign, useCancelCampaign } from './send-api';

/** A bulk send under way: how far it got, at what pace, and a (confirmed) way to stop the rest. */
export function CampaignProgress({
  campaignId,
  initial,
  onClose,
}: {
  campaignId: string;
  initial: EmailCampaign;
  onClose: () => void;
}) {
  const campaign = useCampaign(campaignId);
  const cancel = useCancelCampaign();
  const [confirming, setConfirming] = useState(false);
  const c = campaign.data ?? initial;
  const done = c.sent + c.failed;
  const percent = c.total ? Math.round((done / c.total) * 100) : 100;
  const active = isCampaignActive(c);
  const minutesLeft = active && c.perMinute ? Math.ceil((c.total - done) / c.perMinute) : 0;
  return (
    <Stack gap="md" aria-label="Bulk send progress" role="region">
      {c.status === 'done' ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="All sent">
          {pluralize(c.sent, 'email')} sent with “{c.templateName}”
          {c.failed ? `; ${c.failed} could not be sent (see the Outbox)` : ''}.
        </Alert>
      ) : c.status === 'cancelled' ? (
        <Alert color="gray" variant="light" title="Cancelled">
          {pluralize(c.sent, 'email')} went out before you stopped it; the rest were not sent.
        </Alert>
      ) : (
        <Text size="sm">
          Sending “{c.templateName}” at up to {c.perMinute} a minute
          {minutesLeft > 1 ? ` — about ${minutesLeft} minutes left` : ''}. You can close this window; it keeps
          going.
        </Text>
      )}
      <Progress.Root size={22} radius="md">
        <Progress.Section value={c.total ? (c.sent / c.total) * 100 : 0} color="teal" animated={active}>
          <Progress.Label>{percent}%</Progress.Label>
        </Progress.Section>
        <Progress.Section value={c.total ? (c.failed / c.total) * 100 : 0} color="red" />
      </Progress.Root>
      <SimpleGrid cols={4}>
        <Count label="Recipients" value={c.total} />
        <Count label="Sent" value={c.sent} color="teal" />
        <Count label="Waiting" value={Math.max(0, c.total - done)} />
        <Count label="Failed" value={c.failed} color={c.failed ? 'red' : undefined} />
      </SimpleGrid>
      <Group justify={active ? 'space-between' : 'flex-end'}>
        {active ? (
          <Button
            color="red"
            variant="light"
            leftSection={<IconPlayerStop size={16} />}
            onClick={() => setConfirming(true)}
          >
            Cancel sending
          </Button>
        ) : null}
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Stop this bulk send?">
        <Stack>
          <Text size="sm">
            {pluralize(c.sent, 'email')} already went out and can't be recalled. The{' '}
            {pluralize(Math.max(0, c.total - done), 'message')} still waiting won't be sent.
          </Text>
          {cancel.isError ? (
            <Text c="red" size="sm">
              {cancel.error.message}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              Keep sending
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(c.id, { onSuccess: () => setConfirming(false) })}
            >
              Stop sending
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={22} fw={700} c={color}>
        {value.toLocaleString('en-US')}
      </Text>
    </Stack>
  );
}
