import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, hidden, type Session, screenshot, visible } from './browser';
import { apiOf, demoTeam, mainNav } from './demo-team';

type Contact = { id: string; name: string };

describe.skipIf(!hasChromium)('email with templates', () => {
  const team = demoTeam('Alex Carter', 'Dana Whitfield');
  let alex: Session;
  let dana: Session;
  let lead: Contact;

  beforeAll(async () => {
    alex = team.as('Alex Carter');
    dana = team.as('Dana Whitfield');
    const asDana = apiOf(dana.page);
    const { users } = await asDana<{ users: { id: string; name: string }[] }>('GET', '/api/users');
    lead = await asDana<Contact>('POST', '/api/contacts', {
      firstName: 'Marisol',
      lastName: 'Quintero',
      title: 'Fleet Manager',
      companyName: 'Red River Crane & Rigging',
      email: 'marisol@redrivercrane.example',
      phone: '(918) 555-0142',
      city: 'Tulsa',
      state: 'OK',
      ownerId: users.find((u) => u.name === 'Alex Carter')?.id,
    });
    // An Interested lead, the way Alex's call would leave it.
    await apiOf(alex.page)('POST', `/api/contacts/${lead.id}/calls`, {
      outcome: 'interested',
      durationSec: 60,
    });
  });

  it('Alex sends the Follow-up template to an Interested lead and sees it on the timeline', async () => {
    const { page } = alex;
    await page.goto(`/contacts/${lead.id}`);
    await page.getByRole('button', { name: 'Send email' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Email Marisol Quintero' }));
    await dialog.getByLabel('Template').click();
    await page.getByRole('option', { name: 'Follow-up', exact: true }).click();
    const preview = await visible(dialog.getByRole('region', { name: 'Email preview' }));
    await visible(preview.getByText('marisol@redrivercrane.example'));
    await screenshot(page, 'email-send-modal');
    await dialog.getByRole('button', { name: 'Send email' }).click();
    await hidden(dialog);
    await visible(page.getByText('Email on its way'));
    await visible(page.getByText('Alex Carter sent an email'));
    await screenshot(page, 'email-contact-timeline');
    expect(alex.problems).toEqual([]);
  });

  it('Alex finds the message in the Outbox and reads it', async () => {
    const { page } = alex;
    await mainNav(page).getByRole('link', { name: 'Outbox' }).click();
    const row = await visible(
      page.getByRole('table', { name: 'Messages' }).getByRole('row').filter({ hasText: 'Marisol Quintero' }),
    );
    await screenshot(page, 'email-outbox');
    await row.getByRole('cell').nth(1).click();
    const drawer = await visible(page.getByRole('dialog'));
    await visible(drawer.getByText('marisol@redrivercrane.example'));
    await visible(drawer.locator('iframe[sandbox=""]'));
    await screenshot(page, 'email-outbox-message');
    expect(alex.problems).toEqual([]);
  });

  it('Dana edits a template and the live preview follows', async () => {
    const { page } = dana;
    await mainNav(page).getByRole('link', { name: 'Templates' }).click();
    await page.getByRole('link', { name: 'Follow-up', exact: true }).click();
    const preview = await visible(page.getByRole('region', { name: 'Email preview' }));
    const subject = preview.getByTestId('preview-subject');
    await visible(subject);
    await page.getByLabel('Subject').fill('Your crane move, {{company.name}}');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="preview-subject"]')
          ?.textContent?.startsWith('Your crane move, '),
      undefined,
      { timeout: 10_000 },
    );
    expect(await subject.textContent()).not.toContain('{{');
    await screenshot(page, 'email-template-editor');
    await page.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByText('Template saved'));
    expect(dana.problems).toEqual([]);
  });
});
