import {
  Alert,
  Button,
  ColorSwatch,
  Group,
  Modal,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { type Deal, type DealStage, dealStageLabels, dealStages, openStages } from '../../../shared/deals';
import { formatMoneyShort, stageColors } from './deal-format';
import {
  type StageProbabilities,
  useSaveStageProbabilities,
  useStageProbabilities,
} from './probabilities-api';

type Values = Record<DealStage, number | string>;
const fixed: readonly DealStage[] = ['won', 'lost'];

const weightedWith = (deals: Deal[], p: Values) =>
  deals
    .filter((d) => openStages.includes(d.stage))
    .reduce((sum, d) => sum + Math.round((d.valueCents * (Number(p[d.stage]) || 0)) / 100), 0);

/**
 * The win chance of each stage, which weights the pipeline (board, dashboard, forecast). Managers edit the open
 * stages (whole percents, 0–100; Won and Lost are fixed); reps see them read-only.
 */
export function StageProbabilitiesModal({
  opened,
  onClose,
  canEdit,
  deals,
}: {
  opened: boolean;
  onClose: () => void;
  canEdit: boolean;
  /** The deals on screen: the modal previews their weighted value with the numbers being typed. */
  deals: Deal[];
}) {
  const saved = useStageProbabilities(opened);
  return (
    <Modal opened={opened} onClose={onClose} title="Stage probabilities" size="md">
      {saved.data && !saved.isFetching ? (
        <ProbabilitiesForm saved={saved.data} canEdit={canEdit} deals={deals} onDone={onClose} />
      ) : saved.isError ? (
        <Alert color="red" variant="light" role="alert" title="Could not load">
          {saved.error.message}
        </Alert>
      ) : (
        <Skeleton height={320} radius="md" />
      )}
    </Modal>
  );
}

function ProbabilitiesForm({
  saved,
  canEdit,
  deals,
  onDone,
}: {
  saved: StageProbabilities;
  canEdit: boolean;
  deals: Deal[];
  onDone: () => void;
}) {
  const save = useSaveStageProbabilities();
  const form = useForm<Values>({
    initialValues: saved,
    validate: Object.fromEntries(
      openStages.map((s) => [
        s,
        (v: number | string) =>
          typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100 ? null : 'Enter 0 to 100.',
      ]),
    ),
  });
  const submit = (values: Values) =>
    save.mutate(Object.fromEntries(dealStages.map((s) => [s, Number(values[s])])) as StageProbabilities, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          title: 'Stage probabilities saved',
          message: 'Every deal’s weighted value now uses them.',
        });
        onDone();
      },
    });
  const before = weightedWith(deals, saved);
  const after = weightedWith(deals, form.values);

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The chance that a deal in each stage is won. A deal’s weighted value is its value × this chance; the
          board, the dashboard and the forecast add them up.
        </Text>
        {canEdit ? null : (
          <Alert color="gray" variant="light" icon={<IconLock size={16} />}>
            Your sales manager sets these.
          </Alert>
        )}
        {save.isError ? (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {save.error.message}
          </Alert>
        ) : null}
        <Paper withBorder radius="md">
          {dealStages.map((stage, i) => (
            <Group
              key={stage}
              justify="space-between"
              wrap="nowrap"
              px="md"
              py="xs"
              style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
            >
              <Group gap="sm" wrap="nowrap">
                <ColorSwatch
                  color={`var(--mantine-color-${stageColors[stage]}-5)`}
                  size={10}
                  withShadow={false}
                />
                <Stack gap={0}>
                  <Text size="sm" fw={600} component="label" htmlFor={`probability-${stage}`}>
                    {dealStageLabels[stage]}
                  </Text>
                  {fixed.includes(stage) ? (
                    <Text size="xs" c="dimmed">
                      {stage === 'won' ? 'Always 100%: the deal is won.' : 'Always 0%: the deal is lost.'}
                    </Text>
                  ) : null}
                </Stack>
              </Group>
              <NumberInput
                id={`probability-${stage}`}
                aria-label={`${dealStageLabels[stage]} probability`}
                w={116}
                min={0}
                max={100}
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                suffix="%"
                hideControls
                disabled={canEdit && fixed.includes(stage)}
                readOnly={!canEdit}
                {...form.getInputProps(stage)}
              />
            </Group>
          ))}
        </Paper>
        <Group
          justify="space-between"
          wrap="nowrap"
          px="md"
          py="sm"
          bg="var(--mantine-color-gray-0)"
          style={preview}
        >
          <Text size="sm" c="dimmed">
            Weighted pipeline on this page
          </Text>
          <Text size="sm" fw={650} aria-label="Weighted pipeline preview">
            {after === before
              ? formatMoneyShort(after)
              : `${formatMoneyShort(before)} → ${formatMoneyShort(after)}`}
          </Text>
        </Group>
        <Group justify="flex-end" gap="xs">
          {canEdit ? (
            <>
              <Button variant="default" onClick={onDone} disabled={save.isPending}>
                Cancel
              </Button>
              <Button type="submit" disabled={!form.isDirty()} loading={save.isPending}>
                Save probabilities
              </Button>
            </>
          ) : (
            <Button variant="default" onClick={onDone}>
              Close
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

const preview = { borderRadius: 'var(--mantine-radius-md)' };
