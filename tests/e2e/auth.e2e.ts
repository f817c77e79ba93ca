import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eServer } from '../support/e2e-server';
import {
  DEMO_PASSWORD,
  hasChromium,
  launchBrowser,
  meStatus,
  openSession,
  type Session,
  screenshot,
  signInAs,
  visible,
} from './browser';

describe.skipIf(!hasChromium)('signing in and out', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let session: Session;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a rep picks their profile, signs in to My day, and signs out', async () => {
    session = await openSession(browser, server.url);
    const { page } = session;

    await page.goto('/');
    await page.waitForURL('**/login');
    await visible(page.getByRole('heading', { name: 'Select your profile' }));
    await visible(page.getByText('lowboy-demo'));
    for (const name of ['Alex Carter', 'Sarah Mitchell', 'Mike Rodriguez', 'Dana Whitfield', 'Avery Admin']) {
      await visible(page.getByRole('button', { name: new RegExp(name) }));
    }
    await screenshot(page, 'login');

    await page.getByRole('button', { name: /Alex Carter/ }).click();
    expect(await page.getByLabel('Email').inputValue()).toBe('alex@heavyhaulers.test');
    // Picking a profile puts the cursor in the password field, so the person just types.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe(
      'current-password',
    );
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    const nav = await visible(page.getByRole('navigation', { name: 'Main' }));
    await visible(page.getByText('Alex Carter', { exact: true }));
    await visible(page.getByText('Sales rep', { exact: true }));
    await visible(page.getByRole('heading', { name: /, Alex$/ }));
    await visible(page.getByRole('link', { name: 'Start calling' }));
    expect(page.url()).toBe(`${server.url}/`);
    expect(await nav.getByRole('link', { name: 'My day' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Account' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await screenshot(page, 'my-day-rep');

    // A rep who types the address of Users is told so, not shown a broken page.
    await page.goto('/users');
    await visible(page.getByText("You don't have access"));
    await screenshot(page, 'users-forbidden');

    await page.goto('/no-such-page');
    await visible(page.getByText('Page not found'));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await visible(page.getByRole('button', { name: 'Sign in' }));
    expect(await meStatus(page)).toBe(401);
    expect(session.problems).toEqual([]);
  });

  it('a wrong password shows why sign-in failed', async () => {
    const { page, problems, context } = await openSession(browser, server.url);
    await page.goto('/login');
    await page.getByRole('button', { name: /Sarah Mitchell/ }).click();
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = await visible(page.getByRole('alert'));
    expect(await alert.textContent()).toContain('That email and password do not match an account.');
    expect(page.url()).toContain('/login');
    await screenshot(page, 'login-error');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('returns to the page that was asked for after sign-in', async () => {
    const { page, problems, context } = await openSession(browser, server.url);
    await page.goto('/account');
    await page.waitForURL('**/login?next=%2Faccount');
    await page.getByLabel('Email').fill('jessica@heavyhaulers.test');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account');
    await visible(page.getByRole('heading', { name: 'Change password' }));
    await visible(page.getByText('jessica@heavyhaulers.test'));

    // The server's answer lands on the field it is about.
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill('a much longer passphrase');
    await page.getByLabel('Confirm new password').fill('a much longer passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await visible(page.getByText('Your current password is not correct.'));
    await screenshot(page, 'account');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a changed password signs out other sessions, which are sent to sign in', async () => {
    const first = await openSession(browser, server.url);
    const second = await openSession(browser, server.url);
    await signInAs(first.page, 'Avery Admin');
    await signInAs(second.page, 'Avery Admin');

    await first.page.getByRole('link', { name: 'Account' }).click();
    await first.page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await first.page.getByLabel('New password', { exact: true }).fill('avery-new-passphrase-2025');
    await first.page.getByLabel('Confirm new password').fill('avery-new-passphrase-2027');
    await first.page.getByRole('button', { name: 'Change password' }).click();
    await visible(first.page.getByText('The two new passwords do not match.'));
    await first.page.getByLabel('Confirm new password').fill('avery-new-passphrase-2025');
    await first.page.getByRole('button', { name: 'Change password' }).click();
    await visible(first.page.getByText('Password changed; your other sessions were signed out.'));
    expect(await meStatus(first.page)).toBe(200);

    // The other window finds out on its next request (a 401) and is sent to sign in, then brought back.
    await second.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await second.page.waitForURL('**/login?next=%2Fusers');
    await visible(second.page.getByText('Your session ended'));
    await second.page.getByLabel('Email').fill('admin@heavyhaulers.test');
    await second.page.getByLabel('Password', { exact: true }).fill('avery-new-passphrase-2025');
    await second.page.keyboard.press('Enter');
    await second.page.waitForURL('**/users');
    await visible(second.page.getByRole('row', { name: /Alex Carter/ }));
    expect([...first.problems, ...second.problems]).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  // Last in this file: it uses up the sign-in attempts of this address (127.0.0.1) for the window.
  it('after too many wrong passwords, says how long to wait', async () => {
    const { page, problems, context } = await openSession(browser, server.url);
    await page.goto('/login');
    await page.getByRole('button', { name: /David Thompson/ }).click();
    const alert = page.getByRole('alert');
    for (let attempt = 0; attempt < 12; attempt += 1) {
      await page.getByLabel('Password', { exact: true }).fill(`wrong-guess-${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await visible(alert);
      if ((await alert.textContent())?.includes('Too many failed sign-ins')) break;
    }
    expect(await alert.textContent()).toMatch(/Too many failed sign-ins\. Try again in \d+ minutes?\./);
    await screenshot(page, 'login-rate-limited');
    expect(problems).toEqual([]);
    await context.close();
  });
});
