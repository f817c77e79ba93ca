import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { apiOf, demoTeam, mainNav } from './demo-team';

const fixtures = join(import.meta.dirname, '../fixtures/imports');
const hubspotCsv = join(fixtures, 'hubspot-contacts.csv');
const legacyFolder = join(fixtures, 'legacy-messy');
const BAD_EMAIL = 'Email: "dan@@whitaker.example" is not an email address.';

describe.skipIf(!hasChromium)('imports', () => {
  const team = demoTeam('Dana Whitfield', 'Alex Carter');
  let dana: Session;
  let alex: Session;
  beforeAll(() => {
    dana = team.as('Dana Whitfield');
    alex = team.as('Alex Carter');
  });

  it('a manager imports a CSV through the UI and reads the report', async () => {
    const { page } = dana;
    await mainNav(page).getByRole('link', { name: 'Imports' }).click();
    await visible(page.getByRole('heading', { name: 'Imports', exact: true }));
    await visible(page.getByText('No imports yet'));
    await screenshot(page, 'imports-empty');

    // A file that is not a CSV is refused before it is sent.
    await page.getByLabel('CSV file').setInputFiles({
      name: 'contacts.xlsx',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from('PK'),
    });
    await visible(page.getByRole('alert').getByText(/“contacts.xlsx” is not a CSV file/));

    await page.getByLabel('CSV file').setInputFiles(hubspotCsv);
    await page.waitForURL(/\/imports\/[\w-]+$/);
    const importUrl = page.url();
    await visible(page.getByRole('heading', { name: 'hubspot-contacts.csv' }));

    // HubSpot's headers map themselves; the preview shows rows as stored, the bad one marked with its reason.
    expect(await page.getByRole('combobox', { name: 'Field for column Phone Number' }).inputValue()).toBe(
      'Phone',
    );
    expect(await page.getByRole('combobox', { name: 'Field for column State/Region' }).inputValue()).toBe(
      'State',
    );
    expect(await page.getByRole('combobox', { name: 'Field for column Record ID' }).inputValue()).toBe(
      'Ignore this column',
    );
    const preview = page.getByRole('table', { name: 'Preview' });
    await visible(preview.getByRole('row', { name: /Dana Okafor.*\+17135550142/ }).first());
    await visible(preview.getByText(BAD_EMAIL));
    await screenshot(page, 'imports-mapping');

    await page.getByRole('radio', { name: /Skip duplicates/ }).click();
    await page.getByRole('button', { name: 'Dry run', exact: true }).click();
    await visible(page.getByText('Dry run finished: nothing was written'));
    await visible(page.getByRole('group', { name: 'Rejected' }).getByText('4'));
    await screenshot(page, 'imports-dry-run');
    const { total: before } = await apiOf(page)<{ total: number }>('GET', '/api/contacts?limit=1');

    await page.getByRole('button', { name: 'Import for real' }).click();
    // Nine rows run in a moment; the progress screen shows while the job is queued or running.
    const progress = page.getByRole('heading', { name: /^Import (queued|running)$/ });
    await visible(progress.or(page.getByText('Import finished')));
    if (await progress.isVisible()) await screenshot(page, 'imports-progress');
    await visible(page.getByText('Import finished'));

    const issues = page.getByRole('table', { name: 'Rows not imported' });
    const badRow = await visible(issues.getByRole('row', { name: /^4 Rejected/ }));
    expect(await badRow.textContent()).toContain(BAD_EMAIL);
    const created = Number(
      await page.getByRole('group', { name: 'Created' }).locator('p').nth(1).textContent(),
    );
    expect(created).toBeGreaterThan(0);
    const { total: after } = await apiOf(page)<{ total: number }>('GET', '/api/contacts?limit=1');
    expect(after - before).toBe(created);
    await screenshot(page, 'imports-report');

    const link = page.getByRole('link', { name: 'Download report CSV' });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/imports\/[\w-]+\/report\.csv$/);
    const report = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(report).toContain('dan@@whitaker.example');

    // The import is a job on the server: a reload comes back to the same report, and the list shows it.
    await page.reload();
    await visible(page.getByText('Import finished'));
    expect(page.url()).toBe(importUrl);
    await page.getByRole('link', { name: 'All imports' }).click();
    await visible(
      page
        .getByRole('table', { name: 'Past imports' })
        .getByRole('row', { name: /hubspot-contacts.csv.*Done.*Dana/ }),
    );
    await screenshot(page, 'imports-list');
    expect(dana.problems).toEqual([]);
  });

  it('a manager runs the legacy import as a dry run with the default rep mapping', async () => {
    const { page } = dana;
    await page.goto('/imports');
    await page.getByRole('link', { name: 'Legacy import' }).click();
    await visible(page.getByRole('heading', { name: 'Legacy import' }));
    await page.getByRole('button', { name: 'Start import' }).click();
    await visible(page.getByText('Choose contacts.json.'));

    await visible(page.getByRole('combobox', { name: 'User for rep1' }));
    expect(await page.getByRole('combobox', { name: 'User for rep1' }).inputValue()).toMatch(/^Alex/);
    for (const file of ['contacts.json', 'lead_assignments.json', 'crm_activities.json']) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel(file).click()]);
      await chooser.setFiles(join(legacyFolder, file));
    }
    await page.getByLabel(/Dry run/).check();
    await screenshot(page, 'imports-legacy-form');
    await page.getByRole('button', { name: 'Start dry run' }).click();
    await page.waitForURL(/\/imports\/[\w-]+$/);
    await visible(page.getByText('Dry run finished: nothing was written'));
    const problems = page.getByRole('table', { name: 'Entries with problems' });
    await visible(
      problems.getByRole('row', { name: /lead_assignments.json "999" Rejected No contact with id 999/ }),
    );
    await screenshot(page, 'imports-legacy-report');
    expect(dana.problems).toEqual([]);
  });

  it('an upload waits at the mapping step across a reload and can be discarded', async () => {
    const { page } = dana;
    await page.goto('/imports');
    await page.getByLabel('CSV file').setInputFiles(join(fixtures, 'pipedrive-people.csv'));
    await page.waitForURL(/\/imports\/[\w-]+$/);
    await page.reload();
    const organization = page.getByRole('combobox', { name: 'Field for column Organization - Name' });
    expect(await (await visible(organization)).inputValue()).toBe('Company');

    await page.getByRole('button', { name: 'Discard upload' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Discard this upload?' }));
    await dialog.getByRole('button', { name: 'Keep mapping' }).click();
    await hidden(dialog);
    await page.getByRole('button', { name: 'Discard upload' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard upload' }).click();
    await page.waitForURL(/\/imports$/);
    const past = page.getByRole('table', { name: 'Past imports' });
    await visible(past.getByRole('row', { name: /pipedrive-people.csv.*Cancelled/ }));
    expect(dana.problems).toEqual([]);
  });

  it('a rep does not see Imports', async () => {
    const { page } = alex;
    await visible(mainNav(page).getByRole('link', { name: 'Contacts' }));
    expect(await mainNav(page).getByRole('link', { name: 'Imports' }).count()).toBe(0);
    await page.goto('/imports');
    await visible(page.getByText('You don’t have access').or(page.getByText("You don't have access")));
    expect(alex.problems).toEqual([]);
  });
});
