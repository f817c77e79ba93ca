import { beforeAll, describe, expect, it } from 'vitest';
import { companyTrades } from '../../src/server/seed/lead-data';
import { generateLeads } from '../../src/server/seed/lead-generator';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { type Api, apiOf, demoTeam } from './demo-team';

// The people the stories are about (names the lead generator never makes); the rest of the list is the demo
// seed's generated leads, or ~30 made here with the same generator when the seed brings none.
const MARISOL = {
  firstName: 'Marisol',
  lastName: 'Quintero',
  companyName: 'Red River Crane & Rigging',
  title: 'Fleet Manager',
  phone: '(918) 555-0142 x31',
  email: 'marisol.quintero@redrivercrane.com',
  city: 'Tulsa',
  state: 'OK',
  zip: '74103',
  source: 'Trade show',
  tags: ['superload', 'permits'],
};
const DALE = {
  firstName: 'Dale',
  lastName: 'Hughes',
  companyName: 'Lone Star Excavation',
  title: 'Equipment Manager',
  phone: '(214) 555-0187',
  email: 'dale@lonestarexcavation.com',
  city: 'Dallas',
  state: 'TX',
  zip: '75201',
  source: 'Referral',
  tags: ['repeat shipper'],
};

type Created = { id: string; name: string; version: number; company: { id: string; name: string } | null };
type Company = { version: number; contacts: { city: string | null; state: string | null }[] };

/** Realistic heavy-haul leads spread over three reps and the pool, plus their companies' facts. */
async function seedLeads(api: Api): Promise<{ marisol: Created; dale: Created }> {
  const { users } = await api<{ users: { id: string; name: string }[] }>('GET', '/api/users');
  const idOf = (name: string) => users.find((u) => u.name.startsWith(name))!.id;
  const owners = [idOf('Alex'), idOf('Sarah'), idOf('Mike'), null, idOf('Alex'), null];
  const { total } = await api<{ total: number }>('GET', '/api/contacts?limit=1');
  const leads = total >= 30 ? [] : [...generateLeads(120, 7)].slice(0, 30);
  for (const [i, lead] of leads.entries()) {
    const { industry: _industry, equipment: _equipment, ...input } = lead;
    await api('POST', '/api/contacts', {
      ...input,
      ownerId: owners[i % owners.length],
      allowDuplicate: true,
    });
  }
  const marisol = await api<Created>('POST', '/api/contacts', { ...MARISOL, ownerId: idOf('Alex') });
  const dale = await api<Created>('POST', '/api/contacts', { ...DALE, ownerId: idOf('Sarah') });

  // The first page of companies gets industry, equipment, fleet and HQ, as a manager would fill them in.
  const { items } = await api<{ items: { id: string; name: string }[] }>('GET', '/api/companies?limit=60');
  const ours = [marisol.company!, dale.company!].map((c) => ({ id: c.id, name: c.name }));
  for (const [i, { id, name }] of [...ours, ...items].entries()) {
    const trade = companyTrades.find(([word]) => name.includes(word.split(' ')[0]!));
    const company = await api<Company>('GET', `/api/companies/${id}`);
    const home = company.contacts[0];
    await api('PATCH', `/api/companies/${id}`, {
      version: company.version,
      industry: trade?.[1] ?? null,
      equipment: trade?.[2] ?? null,
      fleetSize: 6 + ((i * 17) % 90),
      hqCity: home?.city ?? null,
      hqState: home?.state ?? null,
      website: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.com`,
    });
  }
  return { marisol, dale };
}

describe.skipIf(!hasChromium)('contacts and companies', () => {
  const team = demoTeam('Dana Whitfield', 'Alex Carter');
  let dana: Session;
  let alex: Session;
  let seeded: Awaited<ReturnType<typeof seedLeads>>;

  beforeAll(async () => {
    dana = team.as('Dana Whitfield');
    alex = team.as('Alex Carter');
    seeded = await seedLeads(apiOf(dana.page));
  });

  it('a manager works the list: filters in the URL, sorting, a saved view', async () => {
    const { page } = dana;
    const { total } = await apiOf(page)<{ total: number }>('GET', '/api/contacts?limit=1');
    // The list keeps the last filter's rows on screen while the next ones load: the Texas list is there when
    // its count is (the count and the rows come in one answer).
    const texas = await apiOf(page)<{ total: number }>('GET', '/api/contacts?state=TX&limit=1');
    const texans = `${texas.total.toLocaleString('en-US')} contacts`;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
    await visible(page.getByRole('heading', { name: 'Contacts' }));
    await visible(page.getByText(`${total.toLocaleString('en-US')} contacts`));
    await visible(page.getByRole('row').nth(20));
    await screenshot(page, 'contacts-list');

    await page.getByRole('textbox', { name: 'Search contacts' }).fill('Hughes');
    await page.waitForURL(/q=Hughes/);
    await visible(page.getByRole('row', { name: /Dale Hughes/ }));

    await page.getByRole('textbox', { name: 'Search contacts' }).fill('');
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.getByRole('option', { name: 'Texas (TX)' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.search === '?state=TX');
    await visible(page.getByText(texans, { exact: true }));
    await visible(page.getByRole('row', { name: /Dale Hughes|TX/ }).first());
    expect(await page.getByRole('row', { name: /Marisol Quintero/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sort by State' }).click();
    await page.waitForURL(/sort=state&dir=asc/);
    await page.getByRole('button', { name: 'Sort by State' }).click();
    await page.waitForURL(/sort=state&dir=desc/);

    // The URL is the filter: a reload shows the same list.
    await page.reload();
    await visible(page.getByText(texans, { exact: true }));
    expect(page.url()).toContain('state=TX');

    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('menuitem', { name: 'Save as new view…' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Save view' }));
    await dialog.getByLabel('View name').fill('Texas, never called');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await hidden(dialog);
    await visible(page.getByRole('heading', { name: 'Contacts · Texas, never called' }));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await visible(page.getByText(`${total.toLocaleString('en-US')} contacts`, { exact: true }));
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('menuitem', { name: 'Texas, never called' }).click();
    await page.waitForURL(/state=TX/);
    await visible(page.getByText(texans, { exact: true }));
    expect(dana.problems).toEqual([]);
  });

  it('a rep finds a lead with Ctrl-K, edits a field in place and adds a note', async () => {
    const { page } = alex;
    await page.keyboard.press('Control+K');
    const search = await visible(page.getByRole('textbox', { name: 'Search contacts and companies' }));
    // Search-as-you-type over contacts and companies.
    await search.fill('red river');
    await visible(page.getByRole('button', { name: /Red River Crane & Rigging/ }).first());
    await screenshot(page, 'spotlight');
    // Marisol is among the "red river" results too: Enter must open the best match of what is typed now, even
    // when pressed before that search has answered.
    await search.fill('Marisol Quintero');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Marisol Quintero' }));
    expect(page.url()).toContain(`/contacts/${seeded.marisol.id}`);
    await visible(page.getByRole('link', { name: '(918) 555-0142 ext. 31' }).first());
    await visible(page.getByLabel('Local time'));

    await page.getByRole('button', { name: 'Edit City' }).click();
    const city = page.getByRole('textbox', { name: 'City' });
    await city.fill('Broken Arrow');
    await city.press('Enter');
    await visible(page.getByLabel('Activity', { exact: true }).getByText('Tulsa → Broken Arrow'));
    await visible(page.getByText('Broken Arrow, OK 74103'));

    await page
      .getByRole('textbox', { name: 'Note' })
      .fill('Moving two 90-ton crawlers to Midland in March. Wants a quote by Friday.');
    await page.keyboard.press('Control+Enter');
    const activity = page.getByLabel('Activity', { exact: true });
    await visible(activity.getByText('Moving two 90-ton crawlers to Midland in March.', { exact: false }));
    await visible(activity.getByText('Alex Carter added a note'));
    expect(await page.getByRole('textbox', { name: 'Note' }).inputValue()).toBe('');
    await screenshot(page, 'contact-page');
    expect(alex.problems).toEqual([]);
  });

  it('a rep meets an edit made meanwhile by someone else, sees who, and reloads', async () => {
    const { page } = alex;
    // Dana changes Marisol's title in her own session while Alex has the page open.
    const api = apiOf(dana.page);
    const current = await api<Created>('GET', `/api/contacts/${seeded.marisol.id}`);
    await api('PATCH', `/api/contacts/${seeded.marisol.id}`, {
      version: current.version,
      title: 'Logistics Director',
    });

    await page.getByRole('button', { name: 'Edit Title' }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Fleet & Yard Manager');
    await title.press('Enter');
    const alert = await visible(page.getByRole('alert').filter({ hasText: 'Changed by Dana Whitfield' }));
    expect(await alert.textContent()).toContain('Title → Fleet & Yard Manager');
    expect(await alert.textContent()).toContain('Title: Fleet Manager → Logistics Director');
    await screenshot(page, 'contact-conflict');

    await alert.getByRole('button', { name: 'Reload' }).click();
    await hidden(alert);
    await visible(page.getByText('Logistics Director at', { exact: false }));
    await visible(
      page.getByLabel('Activity', { exact: true }).getByText('Fleet Manager → Logistics Director'),
    );
    expect(alex.problems).toEqual([]);
  });

  it('a manager creating a contact is warned about a duplicate before saving', async () => {
    const { page } = dana;
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New contact' }));
    await dialog.getByLabel('First name').fill('Dale');
    await dialog.getByLabel('Last name').fill('Hughes Jr.');
    await dialog.getByLabel('Company').fill('Lone Star Excavation');
    await dialog.getByLabel('Phone', { exact: true }).fill('214.555.0187');
    await visible(
      dialog.getByText(
        'A contact with this phone already exists: Lone Star Excavation (Dale Hughes), owned by Sarah.',
      ),
    );
    await visible(dialog.getByRole('link', { name: 'Open Dale Hughes' }));
    await screenshot(page, 'new-contact-duplicate');

    await dialog.getByRole('button', { name: 'Create anyway' }).click();
    await hidden(dialog);
    await visible(page.getByRole('heading', { name: 'Dale Hughes Jr.' }));
    expect(dana.problems).toEqual([]);
  });

  it('a manager opens the company from a contact, with everyone who works there', async () => {
    const { page } = dana;
    await page.getByRole('link', { name: 'Lone Star Excavation' }).first().click();
    await visible(page.getByRole('heading', { name: 'Lone Star Excavation' }));
    await visible(page.getByRole('link', { name: 'Dale Hughes', exact: true }));
    await visible(page.getByRole('link', { name: 'Dale Hughes Jr.' }));
    await visible(page.getByText('excavators, dozers').first());
    await screenshot(page, 'company-page');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
    await visible(page.getByRole('heading', { name: 'Companies' }));
    await visible(page.getByRole('row').nth(20));
    await screenshot(page, 'companies');
    expect(dana.problems).toEqual([]);
  });

  it('a manager tags a selection and exports the filtered list', async () => {
    const { page } = dana;
    await page.goto('/contacts?state=OK&sort=name');
    await visible(page.getByRole('row').nth(5));
    const rows = page.getByRole('row');
    await rows.nth(1).getByRole('checkbox').check();
    await rows.nth(2).getByRole('checkbox').check();
    await visible(page.getByText('2 contacts selected'));
    await page.getByRole('group', { name: 'Selected contacts' }).getByRole('button', { name: 'Tag' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Tag 2 contacts' }));
    await dialog.getByLabel('Add tags').fill('winter-bid');
    await dialog.getByLabel('Add tags').press('Enter');
    await dialog.getByRole('button', { name: 'Apply to 2 contacts' }).click();
    await hidden(dialog);
    await visible(page.getByText('2 contacts changed'));

    await page.getByRole('main').getByRole('button', { name: 'Export' }).click();
    const exporting = await visible(page.getByRole('dialog', { name: 'Export contacts to CSV' }));
    await exporting.getByLabel(/^All [\d,]+ contacts matching the current filter$/).check();
    const href = await exporting.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(href).toContain('state=OK');
    expect(href).toContain('columns=name,company,title,phone,state,status,owner,lastActivity,nextFollowUp');
    const csv = await page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(csv.split('\n')[0]).toContain('Name,Company,Title,Phone,State');
    await exporting.getByRole('button', { name: 'Cancel' }).click();
    expect(dana.problems).toEqual([]);
  });

  it('a manager deletes a contact and takes it back with Undo', async () => {
    const { page } = dana;
    await page.goto('/contacts?q=Hughes');
    await page.getByRole('link', { name: 'Dale Hughes Jr.' }).click();
    await visible(page.getByRole('heading', { name: 'Dale Hughes Jr.' }));
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete contact' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Delete Dale Hughes Jr.?' }));
    await dialog.getByRole('button', { name: 'Delete contact' }).click();
    await page.waitForURL((url) => url.pathname === '/contacts');
    const toast = await visible(page.getByText('Dale Hughes Jr. is in Recently deleted for 30 days.'));
    await page.getByRole('button', { name: 'Undo' }).click();
    await hidden(toast);
    await visible(page.getByRole('heading', { name: 'Dale Hughes Jr.' }));
    expect(dana.problems).toEqual([]);
  });

  it('a rep sees an unassigned lead read-only until it is claimed', async () => {
    const { page } = alex;
    const { items } = await apiOf(page)<{ items: Created[] }>('GET', '/api/contacts?owner=none&limit=1');
    await page.goto(`/contacts/${items[0]!.id}`);
    await visible(page.getByRole('heading', { name: items[0]!.name }));
    await visible(page.getByText('Unassigned lead — claim it to edit').first());
    expect(await page.getByRole('button', { name: 'Edit City' }).count()).toBe(0);
    expect(alex.problems).toEqual([]);
  });

  it('a manager opening a lead sees that its rep is on it now, until the rep leaves', async () => {
    await alex.page.goto(`/contacts/${seeded.marisol.id}`);
    await visible(alex.page.getByRole('heading', { name: 'Marisol Quintero' }));
    await dana.page.goto(`/contacts/${seeded.marisol.id}`);
    const notice = await visible(
      dana.page.getByRole('status').filter({ hasText: 'Alex Carter is on this lead now' }),
    );
    await visible(alex.page.getByText('Dana Whitfield is on this lead now'));
    await screenshot(dana.page, 'contact-presence');
    await alex.page.goto('/contacts');
    await hidden(notice);
    expect(dana.problems).toEqual([]);
  });

  it('says so when a contact does not exist', async () => {
    const { page } = alex;
    await page.goto('/contacts/no-such-contact');
    await visible(page.getByText('Contact not found'));
    // Sarah's lead is not Alex's to see: the same answer, no hint it exists.
    await page.goto(`/contacts/${seeded.dale.id}`);
    await visible(page.getByText('Contact not found'));
  });
});
