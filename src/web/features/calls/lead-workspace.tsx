import { Alert, Button, Grid, Group, Kbd, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconLock, IconMail, IconPlayerSkipForward } from '@tabler/icons-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CallListItem, CallOutcome, LogCallInput } from '../../../shared/calls';
import { useContact } from '../contacts/contacts-api';
import { SendEmailModal } from '../email/send-email-modal';
import { CallTimer } from './call-timer';
import { releaseLease } from './calls-api';
import { FollowUpInput } from './follow-up-input';
import { LeadCard } from './lead-card';
import { OutcomePad } from './outcome-pad';
import { RecentActivity } from './recent-activity';
import { SkipModal } from './skip-modal';
import { TalkingPointsPanel } from './talking-points-panel';
import { useCallForm } from './use-call-form';
import { useCallShortcuts } from './use-call-shortcuts';
import { useLeadLease } from './use-lead-lease';

/** One lead in the call flow: mounted afresh for each lead, so its form, timer and lease start clean. */
export function LeadWorkspace({
  item,
  next,
  onDone,
  onSave,
}: {
  item: CallListItem;
  next: CallListItem | null;
  onDone: () => void;
  onSave: (input: LogCallInput) => void;
}) {
  const contact = useContact(item.contactId).data;
  const { lease, markEnded } = useLeadLease(item.contactId);
  const form = useCallForm();
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [skipping, setSkipping] = useState(false);
  const [skipBusy, setSkipBusy] = useState(false);
  const [emailing, setEmailing] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const followUpRef = useRef<HTMLInputElement>(null);
  const timeZone = contact?.timeZone ?? item.timeZone;
  const leasedAway = lease.state === 'taken';
  const name = contact?.name ?? item.name;

  // After an outcome, the cursor goes where the next thing is typed: the callback time, else the notes.
  // A layout effect runs before the next key press is handled, so fast typing never lands on the page.
  const [focusAfter, setFocusAfter] = useState<{ outcome: CallOutcome; at: number } | null>(null);
  useLayoutEffect(() => {
    if (!focusAfter) return;
    const target = focusAfter.outcome === 'callback' ? followUpRef.current : notesRef.current;
    target?.focus({ preventScroll: true });
  }, [focusAfter]);
  const chooseOutcome = (outcome: CallOutcome) => {
    form.setOutcome(outcome);
    setFocusAfter({ outcome, at: performance.now() });
  };

  const save = () => {
    if (leasedAway) return;
    const input = form.toInput(timeZone, Math.round((Date.now() - startedAt) / 1000));
    if (!input) {
      if (form.outcome === 'callback') followUpRef.current?.focus();
      return;
    }
    // The save ends the lease on the server; the next lead shows at once while it is on its way.
    markEnded();
    onSave(input);
  };

  const skip = async (reason: string) => {
    setSkipBusy(true);
    try {
      await releaseLease(item.contactId, reason);
      markEnded();
      setSkipping(false);
      onDone();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not skip', message: (error as Error).message });
    } finally {
      setSkipBusy(false);
    }
  };

  useCallShortcuts({
    // Typing in the email dialog must not pick outcomes.
    enabled: !leasedAway && !emailing,
    onOutcome: chooseOutcome,
    onSave: save,
    onSkip: () => setSkipping(true),
  });

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <LeadCard
            item={item}
            contact={contact}
            onDial={() => setStartedAt(Date.now())}
            aside={<CallTimer startedAt={startedAt} />}
          />
          {leasedAway ? (
            <LeasedAway holder={lease.holder?.name ?? null} message={lease.message} onNext={onDone} />
          ) : (
            <Paper withBorder radius="md" p="lg" component="section" aria-label="Log the call">
              <Stack gap="md">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    How did it go?
                  </Title>
                  {form.error?.field === 'outcome' ? (
                    <Text c="red.7" size="sm" role="alert">
                      {form.error.message}
                    </Text>
                  ) : null}
                </Group>
                <OutcomePad value={form.outcome} onChange={chooseOutcome} />
                {form.outcome === 'callback' || form.outcome === 'interested' ? (
                  <FollowUpInput
                    label={form.outcome === 'callback' ? 'Call back at' : 'Follow up on'}
                    description={
                      form.outcome === 'callback' ? undefined : 'Optional: creates a follow-up task.'
                    }
                    value={form.followUp}
                    onChange={form.setFollowUp}
                    timeZone={timeZone}
                    required={form.outcome === 'callback'}
                    error={form.error?.field === 'followUp' ? form.error.message : null}
                    inputRef={followUpRef}
                    onDone={() => notesRef.current?.focus()}
                  />
                ) : null}
                {form.outcome === 'interested' ? (
                  <Group gap="xs">
                    <Button
                      variant="light"
                      leftSection={<IconMail size={16} />}
                      onClick={() => setEmailing(true)}
                    >
                      Send email…
                    </Button>
                    <Text size="xs" c="dimmed">
                      Strike while it’s warm: the Follow-up template, personalized, from you.
                    </Text>
                  </Group>
                ) : null}
                <Textarea
                  ref={notesRef}
                  label="Notes"
                  placeholder="What was said, what they need, who to ask for next time…"
                  value={form.notes}
                  onChange={(e) => form.setNotes(e.currentTarget.value)}
                  autosize
                  minRows={3}
                  maxRows={8}
                />
                <Group justify="space-between" wrap="nowrap">
                  <ShortcutLegend />
                  <Group gap="sm" wrap="nowrap">
                    <Button
                      variant="default"
                      leftSection={<IconPlayerSkipForward size={16} />}
                      onClick={() => setSkipping(true)}
                    >
                      Skip
                    </Button>
                    <Button size="md" rightSection={<IconArrowRight size={18} />} onClick={save}>
                      Save &amp; next
                    </Button>
                  </Group>
                </Group>
                {next ? (
                  <Text size="xs" c="dimmed" ta="right">
                    Next: {next.name}
                    {next.company ? ` · ${next.company}` : ''}
                  </Text>
                ) : null}
              </Stack>
            </Paper>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          <TalkingPointsPanel />
          <RecentActivity contactId={item.contactId} />
        </Stack>
      </Grid.Col>
      {emailing ? (
        <SendEmailModal
          contact={{ id: item.contactId, name }}
          initialTemplateName="Follow-up"
          onClose={() => setEmailing(false)}
          onSent={() => notesRef.current?.focus()}
        />
      ) : null}
      <SkipModal
        opened={skipping}
        leadName={name}
        onClose={() => setSkipping(false)}
        onConfirm={(reason) => void skip(reason)}
        busy={skipBusy}
      />
    </Grid>
  );
}

function LeasedAway({
  holder,
  message,
  onNext,
}: {
  holder: string | null;
  message: string;
  onNext: () => void;
}) {
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => nextRef.current?.focus(), []);
  return (
    <Alert
      color="grape"
      variant="light"
      radius="md"
      icon={<IconLock size={20} />}
      title={holder ? `${holder} has this lead open` : 'Someone else has this lead open'}
    >
      <Stack gap="sm">
        <Text size="sm">
          {holder ? 'Two people never call the same lead. ' : ''}
          {message}
        </Text>
        <Group>
          <Button ref={nextRef} onClick={onNext} rightSection={<IconArrowRight size={16} />}>
            Next lead
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function ShortcutLegend() {
  return (
    <Group
      gap="md"
      c="dimmed"
      visibleFrom="sm"
      aria-label="Keyboard shortcuts"
      title="Esc leaves a text box, so the number keys pick an outcome again; Alt+1–7 works while typing."
    >
      <Text size="xs">
        <Kbd size="xs">1</Kbd>–<Kbd size="xs">7</Kbd> outcome
      </Text>
      <Text size="xs">
        <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> save &amp; next
      </Text>
      <Text size="xs">
        <Kbd size="xs">S</Kbd> skip
      </Text>
    </Group>
  );
}
