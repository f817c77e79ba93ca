import fc from 'fast-check';
import type { Actor } from '../../src/server/context';
import { newId } from '../../src/server/ids';
import { logCall } from '../../src/server/modules/calls/log-call';
import { updateContact } from '../../src/server/modules/contacts/edit';
import { createContact } from '../../src/server/modules/contacts/service';
import { createDeal } from '../../src/server/modules/deals/service';
import { changeDealStage } from '../../src/server/modules/deals/stage';
import { claimLead } from '../../src/server/modules/leads/claim';
import type { TestApp } from './test-app';

// Random sales histories for the reports' property tests: claims, calls, emails, deals and stage changes by
// reps across states and times, written through the real services (emails through the outbox table).

const outcomes = [
  'no_answer',
  'left_voicemail',
  'interested',
  'callback',
  'not_interested',
  'wrong_number',
] as const;

export const historyStep = fc.record({
  rep: fc.nat(1),
  minutes: fc.integer({ min: 1, max: 60 * 30 }),
  kind: fc.constantFrom('claim', 'call', 'call', 'email', 'deal', 'stage', 'move'),
  outcome: fc.constantFrom(...outcomes),
  state: fc.constantFrom('TX', 'OK'),
  value: fc.integer({ min: 0, max: 5_000_000 }),
  /** A new deal's stage, and its expected close date in days from now (none, past, this month … later). */
  opens: fc.constantFrom('qualified', 'quote_sent', 'negotiation'),
  closeIn: fc.option(fc.integer({ min: -40, max: 120 })),
  to: fc.constantFrom('quote_sent', 'negotiation', 'won', 'lost'),
  replied: fc.boolean(),
});
export type HistoryStep = typeof historyStep extends fc.Arbitrary<infer T> ? T : never;

/** The organisation date (America/Chicago) of an instant. */
export const chicago = (iso: string) =>
  new Date(iso).toLocaleDateString('en-CA', { timeZone: 'America/Chicago' });
export const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The team the histories play with: a manager (Dana) and two reps (Alex, Sarah) who work TX and OK. */
export async function reportTeam(t: TestApp): Promise<{ manager: Actor; reps: Actor[] }> {
  const m = await t.userWithSession('manager');
  const reps: Actor[] = [];
  for (const name of ['Alex', 'Sarah']) {
    const r = await t.userWithSession('rep');
    await t.setTerritory(r.id, ['TX', 'OK']);
    reps.push({ id: r.id, name, role: 'rep', ip: null });
  }
  return { manager: { id: m.id, name: 'Dana', role: 'manager', ip: null }, reps };
}

/** Plays the steps: each moves the test clock on, then one rep acts on one of their newest leads. */
export async function playHistory(t: TestApp, manager: Actor, reps: Actor[], steps: HistoryStep[]) {
  for (const s of steps) {
    t.clock.advance(s.minutes * 60_000);
    const rep = reps[s.rep] as Actor;
    const owned = await t.ctx.db
      .selectFrom('contacts')
      .select(['id', 'email', 'state', 'version'])
      .where('owner_id', '=', rep.id)
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    const target = owned[s.value % Math.max(owned.length, 1)];
    if (s.kind === 'claim' || !target) {
      const c = await createContact(
        t.ctx,
        manager,
        { firstName: `P${newId()}`, state: s.state, email: `${newId()}@x.test` },
        { allowDuplicate: true },
      );
      await claimLead(t.ctx, rep, c.id).catch(() => undefined);
    } else if (s.kind === 'call') {
      await logCall(t.ctx, rep, target.id, {
        outcome: s.outcome,
        notes: '',
        durationSec: 30,
        followUpAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
      });
    } else if (s.kind === 'move') {
      // A lead moves state: its calls, emails and milestones count under the new one (decision 025).
      const state = target.state === 'TX' ? 'OK' : 'TX';
      await updateContact(t.ctx, rep, target.id, { state, version: target.version });
    } else if (s.kind === 'email') {
      await sentEmail(t, rep, target, s.replied);
    } else if (s.kind === 'deal') {
      await createDeal(t.ctx, rep, {
        contactId: target.id,
        title: 'Move',
        valueCents: s.value,
        stage: s.opens,
        expectedCloseDate:
          s.closeIn === null
            ? null
            : chicago(new Date(t.clock.now().getTime() + s.closeIn * 86_400_000).toISOString()),
      });
    } else {
      const d = await t.ctx.db
        .selectFrom('deals')
        .selectAll()
        .where('owner_id', '=', rep.id)
        .where('stage', 'in', ['qualified', 'quote_sent', 'negotiation'])
        .limit(1)
        .executeTakeFirst();
      if (d)
        await changeDealStage(t.ctx, rep, d.id, { stage: s.to, lostReason: 'price', version: d.version });
    }
  }
}

async function sentEmail(t: TestApp, rep: Actor, to: { id: string; email: string | null }, replied: boolean) {
  const at = t.clock.now().toISOString();
  await t.ctx.db
    .insertInto('email_messages')
    .values({
      id: newId(),
      idempotency_key: newId(),
      reply_token: newId(),
      message_id_header: newId(),
      contact_id: to.id,
      template_id: null,
      campaign_id: null,
      sender_id: rep.id,
      from_email: 'a@x.test',
      from_name: rep.name,
      to_email: to.email ?? 'b@x.test',
      reply_to: null,
      subject: 's',
      html: '',
      text: '',
      headers: '{}',
      provider: 'outbox',
      status: 'sent',
      attempts: 1,
      next_attempt_at: null,
      claimed_until: null,
      provider_message_id: null,
      last_error: null,
      is_test: 0,
      created_at: at,
      updated_at: at,
      sent_at: at,
      delivered_at: null,
      opened_at: null,
      clicked_at: null,
      replied_at: replied ? at : null,
      bounced_at: null,
    })
    .execute();
}
