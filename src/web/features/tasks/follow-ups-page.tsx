import { Badge, EmptyState, Paper, Skeleton, Table, Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/load-error';
import { PageContainer } from '../../components/page-container';
import { PageHeader } from '../../components/page-header';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { RepPicker } from '../calls/rep-picker';
import { useReps } from '../calls/use-reps';
import { RescheduleModal } from './reschedule-modal';
import { type TaskActions, TaskRow } from './task-row';
import { type Task, type TaskWhen, useTasks, useUpdateTask } from './tasks-api';

const tabs: { value: Exclude<TaskWhen, 'all'>; label: string; empty: string }[] = [
  { value: 'overdue', label: 'Overdue', empty: 'Nothing overdue. Every promise kept.' },
  { value: 'today', label: 'Today', empty: 'No more follow-ups today.' },
  { value: 'upcoming', label: 'Upcoming', empty: 'Nothing scheduled after today.' },
];

/** Callbacks and follow-ups: overdue, today, upcoming — tick off, reschedule, reassign. */
export function FollowUpsPage() {
  useDocumentTitle('Follow-ups · Lowboy');
  const manager = canManageUsers(useCurrentUser());
  const people = useReps();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('when') as Exclude<TaskWhen, 'all'>) ?? 'overdue';
  const ownerId = manager ? params.get('ownerId') : null;
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const counts = { overdue: useTasks('overdue', ownerId), today: useTasks('today', ownerId) };
  const update = useUpdateTask();
  const [rescheduling, setRescheduling] = useState<Task | null>(null);

  const patch = (task: Task, change: Parameters<typeof update.mutate>[0]['patch'], done: string) =>
    update.mutate(
      { id: task.id, patch: { ...change, version: task.version } },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: done }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'Could not update the follow-up',
            message: error.message,
          }),
      },
    );
  const actions: TaskActions = {
    complete: (task) => patch(task, { version: task.version, status: 'done' }, `${task.contact.name}: done.`),
    reschedule: setRescheduling,
    reassign: manager
      ? (task, id) =>
          patch(
            task,
            { version: task.version, ownerId: id },
            `${task.contact.name} now belongs to ${people.find((p) => p.id === id)?.name ?? 'them'}.`,
          )
      : undefined,
    people,
  };

  return (
    <PageContainer width={1120}>
      <PageHeader
        title="Follow-ups"
        description="Callbacks you promised and follow-ups you set, soonest first."
        actions={
          manager ? (
            <RepPicker value={ownerId} onChange={(id) => setParam('ownerId', id)} teamLabel="Everyone" />
          ) : null
        }
      />
      <Tabs value={tab} onChange={(v) => setParam('when', v === 'overdue' ? null : v)} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((t) => {
            const n = t.value === 'upcoming' ? null : counts[t.value].data?.length;
            return (
              <Tabs.Tab
                key={t.value}
                value={t.value}
                rightSection={
                  n ? (
                    <Badge size="sm" circle={n < 10} color={t.value === 'overdue' ? 'red' : 'blue'}>
                      {n}
                    </Badge>
                  ) : null
                }
              >
                {t.label}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {tabs.map((t) => (
          <Tabs.Panel key={t.value} value={t.value}>
            <TaskList
              when={t.value}
              ownerId={ownerId}
              empty={t.empty}
              actions={actions}
              showOwner={manager}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      <RescheduleModal
        task={rescheduling}
        onClose={() => setRescheduling(null)}
        busy={update.isPending}
        onSave={(dueAt) => {
          if (!rescheduling) return;
          patch(
            rescheduling,
            { version: rescheduling.version, dueAt },
            `${rescheduling.contact.name}: rescheduled.`,
          );
          setRescheduling(null);
        }}
      />
    </PageContainer>
  );
}

function TaskList({
  when,
  ownerId,
  empty,
  actions,
  showOwner,
}: {
  when: TaskWhen;
  ownerId: string | null;
  empty: string;
  actions: TaskActions;
  showOwner: boolean;
}) {
  const tasks = useTasks(when, ownerId);
  if (tasks.isError)
    return (
      <LoadError title="Follow-ups could not load" error={tasks.error} onRetry={() => tasks.refetch()} />
    );
  if (!tasks.data) return <Skeleton height={240} radius="md" />;
  if (tasks.data.length === 0)
    return (
      <Paper withBorder radius="md" py={48}>
        <EmptyState withIndicatorBackground icon={<IconChecklist size={26} stroke={1.5} />} title={empty} />
      </Paper>
    );
  return (
    <Paper withBorder radius="md">
      <Table verticalSpacing={8} horizontalSpacing="md" highlightOnHover aria-label="Follow-ups">
        <Table.Tbody>
          {tasks.data.map((task) => (
            <TaskRow key={task.id} task={task} actions={actions} showOwner={showOwner} />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
