import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expireStaleClaims } from '../../src/server/modules/leads/expiry';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { apiOf, demoTeam } from './demo-team';

type User = {
  id: string;
  name: string;
  version: number;
  openLeadLimit: number | null;
  dailyClaimLimit: number | null;
};

const DAY = 86_400_000;

describe.skipIf(!hasChromium)('lead rules', () => {
  const team = demoTeam('Dana Whitfield', 'Alex Carter');
  let dana: Session;
  let alex: Session;
  beforeAll(() => {
    dana = team.as('Dana Whitfield');
    alex = team.as('Alex Carter');
  });

  const alexOf = async (page: Page) =>
    (await apiOf(page)<{ users: User[] }>('GET', '/api/users')).users.find((u) => u.name === 'Alex Carter')!;

  it('a manager makes reps see only their own leads and lowers the open-lead limit; both are kept', async () => {
    const { page } = dana;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lead rules' }).click();
    await visible(page.getByRole('heading', { name: 'Lead rules' }));
    const save = page.getByRole('button', { name: 'Save rules' });
    expect(await save.isDisabled()).toBe(true);
    await screenshot(page, 'lead-rules');

    // The notice has to come before the expiry; the form says so before anything is sent.
    await page.getByLabel('Warn the rep before expiry').fill('20');
    await save.click();
    await visible(page.getByText('The notice must come before the lead expires.'));
    await screenshot(page, 'lead-rules-invalid');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await hidden(page.getByText('The notice must come before the lead expires.'));

    await page.getByRole('radio', { name: /Their own leads only/ }).click();
    await page.getByLabel('Open leads per rep').fill('120');
    expect(await save.isDisabled()).toBe(false);
    await save.click();
    await visible(page.getByText('Lead rules saved'));
    await screenshot(page, 'lead-rules-saved');

    await page.reload();
    await visible(page.getByRole('heading', { name: 'Lead rules' }));
    await visible(page.getByRole('radio', { name: /Their own leads only/, checked: true }));
    expect(await page.getByLabel('Open leads per rep').inputValue()).toBe('120');
    expect(await page.getByRole('button', { name: 'Save rules' }).isDisabled()).toBe(true);
    expect(dana.problems).toEqual([]);
  });

  it('a manager gives Alex his own daily claim limit, and meets an edit made meanwhile', async () => {
    const { page } = dana;
    const daily = page.getByLabel('Daily claim limit for Alex Carter');
    expect(await page.getByLabel('Open-lead limit for Alex Carter').getAttribute('placeholder')).toBe(
      'Team default (120)',
    );
    await daily.fill('25');
    await page.getByRole('button', { name: 'Save limits for Alex Carter' }).click();
    await visible(page.getByText('Alex Carter’s limits apply now.'));
    expect(await alexOf(page)).toMatchObject({ dailyClaimLimit: 25, openLeadLimit: null });
    await screenshot(page, 'lead-rules-rep-limits');

    // Someone else sets Alex's open-lead limit while this page still shows the old version.
    const current = await alexOf(page);
    await apiOf(page)('PATCH', `/api/users/${current.id}`, { version: current.version, openLeadLimit: 80 });
    await page.getByLabel('Daily claim limit for Alex Carter').fill('30');
    await page.getByRole('button', { name: 'Save limits for Alex Carter' }).click();
    await visible(page.getByText('Reloaded: changed by someone else'));
    await screenshot(page, 'lead-rules-rep-stale');
    expect(await page.getByLabel('Open-lead limit for Alex Carter').inputValue()).toBe('80');
    expect(await page.getByLabel('Daily claim limit for Alex Carter').inputValue()).toBe('25');
    expect(await alexOf(page)).toMatchObject({ dailyClaimLimit: 25, openLeadLimit: 80 });
    expect(dana.problems).toEqual([]);
  });

  it('a manager shortens the retry cool-down and the attempt limit; an empty field is explained first', async () => {
    const { page } = dana;
    const card = await visible(page.getByRole('form', { name: 'Call list rules' }));
    const save = card.getByRole('button', { name: 'Save call list rules' });
    expect(await card.getByLabel('Retry after').inputValue()).toBe('24');
    await visible(card.getByText('1 day after the last try.'));

    await card.getByLabel('Stop after').fill('');
    await save.click();
    await visible(card.getByText('Enter a number.'));
    expect((await apiOf(page)<{ maxAttempts: number }>('GET', '/api/call-rules')).maxAttempts).toBe(6);

    await card.getByLabel('Stop after').fill('4');
    await card.getByLabel('Retry after').fill('48');
    await visible(card.getByText('2 days after the last try.'));
    await save.click();
    await visible(page.getByText('Call list rules saved'));
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'lead-rules-call-retries');
    expect(await apiOf(page)('GET', '/api/call-rules')).toEqual({ retryCoolDownHours: 48, maxAttempts: 4 });
    expect(await save.isDisabled()).toBe(true);
    expect(dana.problems).toEqual([]);
  });

  it('a rep has no Lead rules entry, and the page says it is not theirs', async () => {
    const { page } = alex;
    const nav = await visible(page.getByRole('navigation', { name: 'Main' }));
    await visible(nav.getByRole('link', { name: 'Contacts' }));
    expect(await nav.getByRole('link', { name: 'Lead rules' }).count()).toBe(0);
    await page.goto('/settings/leads');
    await visible(page.getByText("You don't have access"));
    expect(alex.problems).toEqual([]);
  });

  it('a rep sees on My day which leads go back to the pool soon; a note keeps one', async () => {
    const { page } = alex;
    const me = await apiOf(page)<{ id: string }>('GET', '/api/me');
    // Three of Alex's leads last touched 13 days ago: the expiry job warns a day before they go back.
    const { db } = team.server.ctx;
    const mine = await db
      .selectFrom('contacts')
      .select('id')
      .where('owner_id', '=', me.id)
      .where('deleted_at', 'is', null)
      .orderBy('full_name')
      .limit(3)
      .execute();
    expect(mine).toHaveLength(3);
    const long = new Date(Date.now() - 13 * DAY).toISOString();
    await db
      .updateTable('contacts')
      .set({ owner_touched_at: long, expiry_notice_at: null })
      .where(
        'id',
        'in',
        mine.map((c) => c.id),
      )
      .execute();
    await expireStaleClaims(team.server.ctx);

    await page.goto('/');
    const card = await visible(page.getByRole('region', { name: 'Leads going back to the pool' }));
    await visible(card.getByText('3 of your leads go back to the pool soon'));
    expect(await card.getByText('returns to the pool tomorrow').count()).toBe(3);
    await screenshot(page, 'my-day-expiring');

    await card.getByRole('link').first().click();
    await visible(page.getByRole('textbox', { name: 'Note' }));
    await page
      .getByRole('textbox', { name: 'Note' })
      .fill('Still hauling their D11 to Odessa in May; calling Monday.');
    await page.keyboard.press('Control+Enter');
    await visible(page.getByLabel('Activity', { exact: true }).getByText('Alex Carter added a note'));

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My day' }).click();
    await visible(page.getByText('2 of your leads go back to the pool soon'));
    expect(alex.problems).toEqual([]);
  });
});
