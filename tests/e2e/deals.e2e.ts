import { beforeAll, describe, expect, it } from 'vitest';
import { formatMoneyShort } from '../../src/web/features/deals/deal-format';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { apiOf, demoTeam, mainNav } from './demo-team';

type Contact = { id: string; name: string };
type Kpis = { pipelineValueCents: { value: number | null }; weightedPipelineCents: { value: number | null } };
type OpenDeal = { valueCents: number; stage: string; probability: number };

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
  it('Dana sets Negotiation’s probability and the weighted pipeline follows', async () => {
    const { page } = dana;
    const asDana = apiOf(page);
    const title = 'Manitowoc 999 crawler crane, Odessa → Tulsa';
    await mainNav(page).getByRole('link', { name: 'Deals' }).click();
    const card = page.getByRole('region', { name: 'Quote sent' }).getByRole('article', { name: title });
    await (await visible(card)).getByRole('button', { name: /^Move / }).click();
    await page.getByRole('menuitem', { name: 'Negotiation' }).click();
    await visible(page.getByRole('region', { name: 'Negotiation' }).getByRole('article', { name: title }));

    const open = async () =>
      (await asDana<{ items: OpenDeal[] }>('GET', '/api/deals?limit=500')).items.filter((d) =>
        ['qualified', 'quote_sent', 'negotiation'].includes(d.stage),
      );
    const weighted = (deals: OpenDeal[], negotiation: number) =>
      deals.reduce(
        (s, d) =>
          s + Math.round((d.valueCents * (d.stage === 'negotiation' ? negotiation : d.probability)) / 100),
        0,
      );
    const deals = await open();
    const [before, after] = [weighted(deals, 70), weighted(deals, 40)];
    expect(formatMoneyShort(after)).not.toBe(formatMoneyShort(before));
    await visible(page.getByText(`${formatMoneyShort(before)} weighted`));

    await page.getByRole('button', { name: 'Stage probabilities' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Stage probabilities' }));
    expect(await dialog.getByLabel('Won probability').isDisabled()).toBe(true);
    expect(await dialog.getByLabel('Lost probability').isDisabled()).toBe(true);
    const negotiation = dialog.getByLabel('Negotiation probability');
    expect(await negotiation.inputValue()).toBe('70%');
    await negotiation.fill('120');
    await dialog.getByRole('button', { name: 'Save probabilities' }).click();
    await visible(dialog.getByText('Enter 0 to 100.'));
    await negotiation.fill('40');
    await visible(dialog.getByText(`${formatMoneyShort(before)} → ${formatMoneyShort(after)}`));
    await screenshot(page, 'stage-probabilities');
    await dialog.getByRole('button', { name: 'Save probabilities' }).click();
    await hidden(dialog);
    await visible(page.getByText('Stage probabilities saved'));
    await visible(page.getByText(`${formatMoneyShort(after)} weighted`));
    await screenshot(page, 'deals-board-manager');
    expect((await asDana<Record<string, number>>('GET', '/api/deals/probabilities')).negotiation).toBe(40);

    const d = today();
    const kpis = await asDana<Kpis>('GET', `/api/reports/kpis?from=${d}&to=${d}`);
    expect(kpis.weightedPipelineCents.value).toBe(
      Math.round(
        deals.reduce((s, x) => s + x.valueCents * (x.stage === 'negotiation' ? 40 : x.probability), 0) / 100,
      ),
    );
    await page.goto('/');
    const card2 = page.getByRole('group', { name: /^Pipeline value:/ });
    await visible(card2.getByText(`${formatMoneyShort(kpis.weightedPipelineCents.value)} weighted`));
    expect(dana.problems).toEqual([]);
  });

  it('Alex sees the stage probabilities but cannot change them', async () => {
    const { page } = alex;
    await mainNav(page).getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('button', { name: 'Stage probabilities' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Stage probabilities' }));
    await visible(dialog.getByText('Your sales manager sets these.'));
    const negotiation = dialog.getByLabel('Negotiation probability');
    expect(await negotiation.inputValue()).toBe('40%');
    expect(await negotiation.isEditable()).toBe(false);
    expect(await dialog.getByRole('button', { name: 'Save probabilities' }).count()).toBe(0);
    await screenshot(page, 'stage-probabilities-rep');
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await hidden(dialog);
    expect(alex.problems).toEqual([]);
  });
});
