import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { apiOf, demoTeam, mainNav } from './demo-team';

type Metrics = {
  states: { state: string | null; unassigned: number }[];
  reps: { name: string; states: string[] }[];
};

function nav(page: Page, label: string) {
  return mainNav(page).getByRole('link', { name: label });
}

/** Who works a state, chosen on the map the way a manager does it. */
async function assignOnMap(page: Page, state: string, reps: string[]): Promise<void> {
  await page.getByRole('button', { name: state }).click();
  const dialog = await visible(page.getByRole('dialog', { name: /who works it/ }));
  for (const rep of reps) await dialog.getByRole('checkbox', { name: rep }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await hidden(dialog);
}

async function toast(page: Page, text: string | RegExp) {
  return visible(page.getByRole('alert').filter({ hasText: text }).first());
}

describe.skipIf(!hasChromium)('territories and the lead pool', () => {
  const team = demoTeam('Dana Whitfield', 'Alex Carter', 'Sarah Mitchell');
  let dana: Session;
  let alex: Session;
  let sarah: Session;
  beforeAll(() => {
    dana = team.as('Dana Whitfield');
    alex = team.as('Alex Carter');
    sarah = team.as('Sarah Mitchell');
  });

  it('a manager assigns states on the map and the tables follow', async () => {
    const { page } = dana;
    await nav(page, 'Territories').click();
    await visible(page.getByRole('heading', { name: 'Territories', level: 1 }));
    await visible(page.getByRole('button', { name: 'Texas (TX)' }));
    await screenshot(page, 'territories-map');

    // South Dakota has no rep yet: Mike takes it.
    const mike = page.getByRole('table', { name: 'Reps' }).getByRole('row', { name: /Mike Rodriguez/ });
    expect(await mike.textContent()).not.toContain('SD');
    await assignOnMap(page, 'South Dakota (SD)', ['Mike Rodriguez']);
    await toast(page, 'South Dakota saved');
    await visible(mike.getByText('SD', { exact: true }));
    // Texas is shared: Sarah helps Alex with it (the map stripes it in both colours).
    await assignOnMap(page, 'Texas (TX)', ['Sarah Mitchell']);
    await visible(
      page
        .getByRole('table', { name: 'Reps' })
        .getByRole('row', { name: /Sarah Mitchell/ })
        .getByText('TX'),
    );
    const { reps } = await apiOf(page)<Metrics>('GET', '/api/territories/metrics');
    expect(reps.find((r) => r.name === 'Mike Rodriguez')?.states).toContain('SD');
    expect(reps.find((r) => r.name === 'Sarah Mitchell')?.states).toContain('TX');
    expect(reps.find((r) => r.name === 'Alex Carter')?.states).toEqual(['NM', 'OK', 'TX']);

    await page.getByRole('button', { name: 'Texas (TX)' }).hover();
    await visible(page.getByText('Click to assign reps'));
    await screenshot(page, 'territories-tooltip');
    await page.getByText('By coverage').click();
    await visible(page.getByText('Leads worked'));
    await page.getByRole('tab', { name: 'By state' }).click();
    await visible(page.getByRole('table', { name: 'States' }).getByRole('row', { name: /Texas \(TX\)/ }));
    await screenshot(page, 'territories-coverage');
    expect(dana.problems).toEqual([]);
  });

  it('a rep claims from the pool, claims the next three and releases one with a reason', async () => {
    const { page } = alex;
    await nav(page, 'Lead pool').click();
    await visible(page.getByRole('heading', { name: 'Lead pool' }));
    await visible(page.getByText(/Unassigned leads in New Mexico, Oklahoma, Texas/));
    await visible(page.getByRole('button', { name: /^Claim (?!next)/ }).first());
    await screenshot(page, 'lead-pool');
    // The contact list's filters work here too: Texas only (the state Alex now shares with Sarah).
    const texas = page.waitForResponse((r) => /\/api\/contacts\?.*state=TX/.test(r.url()));
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Texas (TX)' }).click();
    await page.keyboard.press('Escape');
    await texas;
    const firstClaim = await visible(page.getByRole('button', { name: /^Claim (?!next)/ }).first());
    const lead = (await firstClaim.getAttribute('aria-label'))!.replace(/^Claim /, '');

    // Sarah (who now shares Texas) has the same lead on her screen…
    await sarah.page.goto('/pool');
    const searched = sarah.page.waitForResponse((r) => /\/api\/contacts\?.*q=/.test(r.url()));
    await sarah.page.getByRole('textbox', { name: 'Search contacts' }).fill(lead);
    await searched;
    const sarahClaim = await visible(sarah.page.getByRole('button', { name: `Claim ${lead}` }).first());

    // …but Alex is quicker.
    await firstClaim.click();
    await toast(page, 'Lead claimed');
    await sarahClaim.click();
    await toast(sarah.page, 'Already claimed by Alex Carter');
    await screenshot(sarah.page, 'lead-pool-already-claimed');
    expect(sarah.problems).toEqual([]);

    await page.getByRole('textbox', { name: 'How many leads to claim' }).fill('3');
    await page.getByRole('button', { name: 'Claim next 3' }).click();
    await toast(page, '3 leads claimed');

    await page.getByRole('tab', { name: /My leads/ }).click();
    await page.waitForURL(/owner=me/);
    await page.getByRole('textbox', { name: 'Search contacts' }).fill(lead);
    await visible(page.getByRole('row', { name: new RegExp(lead) }).first());
    await screenshot(page, 'my-leads');

    // The contact page: release it, with a reason (required).
    await page
      .getByRole('row', { name: new RegExp(lead) })
      .first()
      .getByRole('cell')
      .nth(1)
      .click();
    await visible(page.getByRole('heading', { name: lead }));
    await page.getByRole('button', { name: 'Release' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: `Release ${lead}` }));
    await dialog.getByRole('button', { name: 'Release to pool' }).click();
    await visible(dialog.getByText('Say why you are releasing it.'));
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Ships out of Louisiana now — not my region');
    await screenshot(page, 'release-lead');
    await dialog.getByRole('button', { name: 'Release to pool' }).click();
    await hidden(dialog);
    await toast(page, 'Lead released');
    await visible(page.getByRole('button', { name: `Claim ${lead}` }));
    await visible(page.getByText('Ships out of Louisiana now — not my region'));
    expect(alex.problems).toEqual([]);
  });

  it('a manager previews auto-assign, then runs it', async () => {
    const { page } = dana;
    await page.goto('/territories');
    const before = await apiOf(page)<Metrics>('GET', '/api/territories/metrics');
    const waiting = before.states.find((s) => s.state === 'OK')?.unassigned ?? 0;
    expect(waiting).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'States' }).click();
    await page.getByRole('option', { name: 'Oklahoma (OK)' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = await visible(page.getByLabel('Auto-assign preview'));
    await visible(preview.getByRole('row', { name: /Alex Carter/ }));
    await screenshot(page, 'auto-assign-preview');
    await page.getByRole('button', { name: /^Assign \d+ leads$/ }).click();
    await toast(page, 'Leads assigned');

    const after = await apiOf(page)<Metrics>('GET', '/api/territories/metrics');
    expect(after.states.find((s) => s.state === 'OK')?.unassigned ?? 0).toBeLessThan(waiting);
    expect(dana.problems).toEqual([]);
  });

  it('a manager reassigns a selection from the list, and one lead back to the pool', async () => {
    const { page } = dana;
    await page.goto('/contacts?state=NM&owner=none');
    await visible(page.getByRole('heading', { name: 'Contacts' }));
    const rows = page
      .getByRole('row')
      .filter({ has: page.getByRole('checkbox', { name: /^Select (?!all)/ }) });
    await visible(rows.nth(1));
    const first = ((await rows.nth(1).getByRole('checkbox').getAttribute('aria-label')) ?? '').replace(
      /^Select /,
      '',
    );
    await rows.nth(1).getByRole('checkbox').check();
    await rows.nth(2).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Assign to…' }).click();
    let dialog = await visible(page.getByRole('dialog', { name: 'Assign 2 leads' }));
    await dialog.getByLabel('Assign to').click();
    await page.getByRole('option', { name: 'Jessica Chen' }).click();
    await screenshot(page, 'bulk-assign');
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await toast(page, '2 leads moved to Jessica Chen');
    await hidden(dialog);

    await page.goto('/contacts?state=NM');
    await page.getByRole('textbox', { name: 'Search contacts' }).fill(first);
    await page
      .getByRole('row', { name: new RegExp(`${first}.*Jessica Chen`) })
      .first()
      .getByRole('cell')
      .nth(1)
      .click();
    await visible(page.getByRole('heading', { name: first }));
    await page.getByRole('button', { name: 'Assign to…' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Assign 1 lead' }));
    await dialog.getByLabel('Assign to').click();
    await page.getByRole('option', { name: 'Unassigned (back to the pool)' }).click();
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await toast(page, '1 lead moved to the pool');
    await visible(page.getByText('Jessica Chen → the pool'));
    expect(dana.problems).toEqual([]);
  });
});
