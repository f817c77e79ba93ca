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

type Contact = { id: string; name: string };

/** The API with this page's session, as the app calls it. */
function post<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, body }) => {
      const r = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!r.ok) throw new Error(`${path} → ${r.status} ${await r.text()}`);
      return r.json();
    },
    { path, body },
  );
}

describe.skipIf(!hasChromium)('two reps own the same person', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  let dana: Session;
  let alex: Session;
  let kept: Contact;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    dana = await openSession(browser, server.url);
    await signInAs(dana.page, 'Dana Whitfield');
    const { users } = await dana.page.evaluate(async () => (await fetch('/api/users')).json());
    const idOf = (first: string) => users.find((u: { name: string }) => u.name.startsWith(first)).id;
    kept = await post<Contact>(dana.page, '/api/contacts', {
      firstName: 'Travis',
      lastName: 'Okafor',
      companyName: 'Gulf Coast Transformer Services',
      phone: '(409) 555-0163',
      state: 'TX',
      city: 'Beaumont',
      ownerId: idOf('Alex'),
    });
    await post(dana.page, '/api/contacts', {
      firstName: 'Travis',
      lastName: 'Okafor',
      phone: '409.555.0163',
      email: 'travis@gulfcoasttransformer.com',
      state: 'TX',
      ownerId: idOf('Sarah'),
      allowDuplicate: true,
    });
    alex = await openSession(browser, server.url);
    await signInAs(alex.page, 'Alex Carter');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a rep sees on the card that another rep owns the same phone number', async () => {
    const { page } = alex;
    await page.goto(`/contacts/${kept.id}`);
    await visible(page.getByText('Possible duplicate owned by another rep'));
    await visible(page.getByText(/Sarah Mitchell owns Travis Okafor with the same phone/));
    expect(alex.problems).toEqual([]);
  });

  it('a manager merges the two from Conflicts, and the flag is gone', async () => {
    const { page } = dana;
    await page.getByRole('link', { name: 'Conflicts' }).click();
    const card = await visible(page.getByRole('region', { name: 'Travis Okafor and Travis Okafor' }));
    await visible(card.getByText('Same phone: (409) 555-0163'));
    await screenshot(page, 'conflicts');
    await card.getByRole('button', { name: 'Merge' }).click();
    await page.getByRole('menuitem', { name: 'Keep Travis Okafor (Alex Carter)' }).click();
    const dialog = await visible(
      page.getByRole('dialog', { name: 'Merge Travis Okafor into Travis Okafor?' }),
    );
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await hidden(dialog);
    await visible(page.getByText('No conflicts'));

    await alex.page.reload();
    await visible(alex.page.getByText('travis@gulfcoasttransformer.com').first());
    expect(await alex.page.getByText('Possible duplicate owned by another rep').count()).toBe(0);
    expect(dana.problems).toEqual([]);
  });
});
