import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoneyShort } from '../../src/web/features/deals/deal-format';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { apiOf, demoTeam } from './demo-team';

type Contact = { id: string; name: string };
type Kpis = { pipelineValueCents: { value: number | null } };

const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Chicago',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

describe.skipIf(!hasChromium)('a deal from a contact to the manager’s dashboard', () => {
  const team = demoTeam('Alex Carter', 'Dana Whitfield');
  let alex: Session;
  let dana: Session;
  let lead: Contact;
  let pipelineBefore = 0;

  beforeAll(async () => {
    alex = team.as('Alex Carter');
    dana = team.as('Dana Whitfield');
    const asDana = apiOf(dana.page);
    const { users } = await asDana<{ users: { id: string; name: string }[] }>('GET', '/api/users');
    lead = await asDana<Contact>('POST', '/api/contacts', {
      firstName: 'Ray',
      lastName: 'Dunmore',
      companyName: 'Permian Crane & Rigging',
      phone: '(432) 555-0148',
      state: 'TX',
      city: 'Odessa',
      ownerId: users.find((u) => u.name === 'Alex Carter')?.id,
    });
  });

  it('Dana’s home is the team dashboard, listening to the team', async () => {
    const { page } = dana;
    const d = today();
    const kpis = await apiOf(page)<Kpis>('GET', `/api/reports/kpis?from=${d}&to=${d}`);
    pipelineBefore = kpis.pipelineValueCents.value ?? 0;
    await page.goto('/');
    await visible(page.getByRole('heading', { name: 'Team dashboard' }));
    await visible(page.getByRole('region', { name: 'Team activity' }).getByText('Live'));
    expect(dana.problems).toEqual([]);
  });

  it('Alex creates a deal from the contact and moves it to Quote sent on the board', async () => {
    const { page } = alex;
    await page.goto(`/contacts/${lead.id}`);
    const card = await visible(page.getByRole('region', { name: 'Deals' }));
    await card.getByRole('button', { name: 'New deal' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New deal with Ray Dunmore' }));
    await dialog.getByRole('button', { name: 'Create deal' }).click();
    await visible(dialog.getByText('Give the deal a title.'));
    await dialog.getByLabel('Title').fill('Manitowoc 999 crawler crane, Odessa → Tulsa');
    await dialog.getByLabel('Value').fill('48,500');
    await dialog.getByLabel('Equipment').fill('Crawler crane');
    await dialog.getByLabel('Weight (lb)').fill('96000');
    await dialog.getByLabel('Length (ft)').fill('42');
    await dialog.getByLabel('Width (ft)').fill('12');
    await dialog.getByLabel('Height (ft)').fill('11.5');
    await dialog.getByLabel('Origin city').fill('Odessa');
    await dialog.getByLabel('Destination city').fill('Tulsa');
    await dialog.getByLabel('Permits needed').check();
    await screenshot(page, 'deal-form');
    await dialog.getByRole('button', { name: 'Create deal' }).click();
    await hidden(dialog);
    await visible(page.getByRole('heading', { name: 'Manitowoc 999 crawler crane, Odessa → Tulsa' }));
    await visible(page.getByText('96,000 lb'));
    await visible(page.getByText('Alex Carter created the deal'));
    await screenshot(page, 'deal-page');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
    const qualified = await visible(page.getByRole('region', { name: 'Qualified' }));
    const dealCard = qualified.getByRole('article', { name: 'Manitowoc 999 crawler crane, Odessa → Tulsa' });
    await visible(dealCard);
    await dealCard.getByRole('button', { name: /^Move / }).click();
    await page.getByRole('menuitem', { name: 'Quote sent' }).click();
    const quoteSent = page.getByRole('region', { name: 'Quote sent' });
    await visible(quoteSent.getByRole('article', { name: 'Manitowoc 999 crawler crane, Odessa → Tulsa' }));
    await visible(page.getByText('moved to Quote sent'));
    await screenshot(page, 'deals-board');
    expect(alex.problems).toEqual([]);
  });

  it('Dana sees the deal in the pipeline KPI and in the team’s activity feed', async () => {
    const { page } = dana;
    const feed = page.getByRole('region', { name: 'Team activity' });
    await visible(feed.getByText(/Alex Carter created the deal “Manitowoc 999/));
    await visible(feed.getByText(/Alex Carter moved “Manitowoc 999.*to Quote sent/));
    const expected = formatMoneyShort(pipelineBefore + 4_850_000);
    await visible(page.getByRole('group', { name: `Pipeline value: ${expected}` }));
    await visible(
      page.getByRole('region', { name: 'Pipeline by stage' }).getByText('1 deal', { exact: true }),
    );
    await screenshot(page, 'manager-dashboard');
    expect(dana.problems).toEqual([]);
  });
});
