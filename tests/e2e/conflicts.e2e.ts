import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { apiOf, demoTeam } from './demo-team';

type Contact = { id: string; name: string };

describe.skipIf(!hasChromium)('two reps own the same person', () => {
  const team = demoTeam('Dana Whitfield', 'Alex Carter');
  let dana: Session;
  let alex: Session;
  let kept: Contact;

  beforeAll(async () => {
    dana = team.as('Dana Whitfield');
    alex = team.as('Alex Carter');
    const post = <T>(path: string, body: unknown) => apiOf(dana.page)<T>('POST', path, body);
    const { users } = await dana.page.evaluate(async () => (await fetch('/api/users')).json());
    const idOf = (first: string) => users.find((u: { name: string }) => u.name.startsWith(first)).id;
    kept = await post<Contact>('/api/contacts', {
      firstName: 'Travis',
      lastName: 'Okafor',
      companyName: 'Gulf Coast Transformer Services',
      phone: '(409) 555-0163',
      state: 'TX',
      city: 'Beaumont',
      ownerId: idOf('Alex'),
    });
    await post('/api/contacts', {
      firstName: 'Travis',
      lastName: 'Okafor',
      phone: '409.555.0163',
      email: 'travis@gulfcoasttransformer.com',
      state: 'TX',
      ownerId: idOf('Sarah'),
      allowDuplicate: true,
    });
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
