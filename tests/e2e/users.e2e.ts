import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eServer } from '../support/e2e-server';
import {
  hasChromium,
  hidden,
  launchBrowser,
  openSession,
  type Session,
  screenshot,
  signInAs,
  visible,
} from './browser';

const RILEY = { name: 'Riley Brooks', email: 'riley@heavyhaulers.test', password: 'riley-first-day-2025' };
const RILEY_RESET_PASSWORD = 'riley-second-try-2025';

function row(page: Page, name: string) {
  return page.getByRole('row', { name: new RegExp(name) });
}

async function rowAction(page: Page, name: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

describe.skipIf(!hasChromium)('a manager manages the team', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let dana: Session;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    dana = await openSession(browser, server.url);
    await signInAs(dana.page, 'Dana Whitfield');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sees everyone in Users', async () => {
    const { page } = dana;
    await visible(page.getByText('Sales manager', { exact: true }));
    await visible(page.getByRole('heading', { name: 'Team dashboard' }));
    await screenshot(page, 'my-day-manager');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await visible(page.getByRole('heading', { name: 'Users' }));
    await visible(row(page, 'Alex Carter'));
    expect(await page.getByRole('row').count()).toBe(8); // header + seven people
    expect(await row(page, 'Dana Whitfield').textContent()).toContain('You');

    await page.getByLabel('Search users').fill('chen');
    await hidden(row(page, 'Alex Carter'));
    expect(await page.getByRole('row').count()).toBe(2);
    await page.getByRole('button', { name: 'Clear search' }).click();
    await visible(row(page, 'Alex Carter'));
    await screenshot(page, 'users');
    expect(dana.problems).toEqual([]);
  });

  it('creates a user, with the form saying what is wrong first', async () => {
    const { page } = dana;
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New user' }));

    await dialog.getByRole('button', { name: 'Create user' }).click();
    await visible(dialog.getByText('Enter a name.'));
    await visible(dialog.getByText('Use at least 12 characters.'));

    // A manager may not create admins, so the role list does not offer it.
    await dialog.getByLabel('Role').click();
    await visible(page.getByRole('option', { name: 'Sales manager' }));
    expect(await page.getByRole('option', { name: 'Admin' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Sales rep' }).click();

    await dialog.getByLabel('Full name').fill(RILEY.name);
    await dialog.getByLabel('Email').fill('alex@heavyhaulers.test');
    await dialog.getByLabel('Phone').fill('+1 713 555 0142');
    await dialog.getByLabel('Initial password').fill(RILEY.password);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await visible(dialog.getByText('A user with the email alex@heavyhaulers.test already exists.'));

    await dialog.getByLabel('Email').fill(RILEY.email);
    await screenshot(page, 'users-create');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await hidden(dialog);
    await visible(page.getByText(`${RILEY.name} can now sign in with ${RILEY.email}.`));
    const riley = await visible(row(page, RILEY.name));
    expect(await riley.textContent()).toContain('Active');
    expect(await riley.textContent()).toContain('Sales rep');
    expect(dana.problems).toEqual([]);
  });

  it('an edit made on stale data is not saved over someone else’s', async () => {
    const { page } = dana;
    await rowAction(page, 'Sarah Mitchell', 'Edit');
    const dialog = await visible(page.getByRole('dialog', { name: 'Edit Sarah Mitchell' }));

    // Meanwhile someone else changes Sarah's phone.
    await page.evaluate(async () => {
      const { users } = await (await fetch('/api/users')).json();
      const sarah = users.find((u: { email: string }) => u.email === 'sarah@heavyhaulers.test');
      await fetch(`/api/users/${sarah.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version: sarah.version, phone: '+1 713 555 0999' }),
      });
    });

    await dialog.getByLabel('Full name').fill('Sarah Mitchell-Ortiz');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await visible(dialog.getByText('Changed by someone else', { exact: true }));
    expect(await dialog.getByLabel('Phone').inputValue()).toBe('+1 713 555 0999');
    expect(await dialog.getByLabel('Full name').inputValue()).toBe('Sarah Mitchell');
    await screenshot(page, 'users-edit-stale');

    await dialog.getByLabel('Full name').fill('Sarah Mitchell-Ortiz');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await hidden(dialog);
    const sarah = await visible(row(page, 'Sarah Mitchell-Ortiz'));
    expect(await sarah.textContent()).toContain('+1 713 555 0999');
    expect(dana.problems).toEqual([]);
  });

  it('resets a password, which then signs them in', async () => {
    const { page } = dana;
    await rowAction(page, RILEY.name, 'Reset password');
    const dialog = await visible(page.getByRole('dialog', { name: `Reset password for ${RILEY.name}` }));
    await dialog.getByLabel('New password').fill('short');
    await dialog.getByRole('button', { name: 'Reset password' }).click();
    await visible(dialog.getByText('Use at least 12 characters.'));
    await dialog.getByLabel('New password').fill(RILEY_RESET_PASSWORD);
    await screenshot(page, 'users-reset-password');
    await dialog.getByRole('button', { name: 'Reset password' }).click();
    await hidden(dialog);
    await visible(page.getByText(`${RILEY.name} was signed out everywhere`, { exact: false }));

    const riley = await openSession(browser, server.url);
    await riley.page.goto('/login');
    await riley.page.getByLabel('Email').fill(RILEY.email);
    await riley.page.getByLabel('Password', { exact: true }).fill(RILEY_RESET_PASSWORD);
    await riley.page.keyboard.press('Enter');
    await visible(riley.page.getByRole('heading', { name: /, Riley$/ }));
    expect(riley.problems).toEqual([]);
    await riley.context.close();
  });

  it('deactivates a user, who then cannot sign in', async () => {
    const { page } = dana;
    await rowAction(page, RILEY.name, 'Deactivate');
    const dialog = await visible(page.getByRole('dialog', { name: `Deactivate ${RILEY.name}?` }));
    expect(await dialog.textContent()).toContain('signed out of every session at once');
    await screenshot(page, 'users-deactivate');
    await dialog.getByRole('button', { name: 'Deactivate' }).click();
    await hidden(dialog);
    await visible(row(page, RILEY.name).getByText('Deactivated'));
    await screenshot(page, 'users-after-deactivate');

    const riley = await openSession(browser, server.url);
    await riley.page.goto('/login');
    await riley.page.getByLabel('Email').fill(RILEY.email);
    await riley.page.getByLabel('Password', { exact: true }).fill(RILEY_RESET_PASSWORD);
    await riley.page.keyboard.press('Enter');
    const alert = await visible(riley.page.getByRole('alert'));
    expect(await alert.textContent()).toContain('This account has been deactivated.');
    expect(riley.problems).toEqual([]);
    await riley.context.close();

    await rowAction(page, RILEY.name, 'Reactivate');
    await visible(row(page, RILEY.name).getByText('Active', { exact: true }));
    expect(dana.problems).toEqual([]);
  });

  it('says so when the list cannot load, and tries again on request', async () => {
    const { page, problems, context } = await openSession(browser, server.url);
    await signInAs(page, 'Avery Admin');
    let failures = 0;
    await page.route('**/api/users', async (route) => {
      if (failures >= 3) return route.continue();
      failures += 1;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'unavailable', message: 'The database is not answering.' } }),
      });
    });
    // Opened afresh (a bookmark): nothing cached from the dashboard's team list to show meanwhile.
    await page.goto('/users');
    await visible(page.getByRole('row').nth(3).locator('.mantine-Skeleton-root').first());
    await visible(page.getByText('Users could not load'));
    await visible(page.getByText('The database is not answering.'));
    await screenshot(page, 'users-load-error');
    await page.getByRole('button', { name: 'Try again' }).click();
    await visible(row(page, 'Alex Carter'));
    expect(problems.filter((p) => !p.includes('status of 503'))).toEqual([]);
    await context.close();
  });
});
