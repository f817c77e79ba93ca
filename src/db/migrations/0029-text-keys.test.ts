import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { up } from './0029_text_keys_any_script';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('gives names outside ASCII their keys under the any-script rule, and leaves ASCII names alone', async () => {
  const { cookie } = await t.userWithSession('rep');
  const create = (body: object) =>
    t.app
      .inject({ method: 'POST', url: '/api/contacts', payload: body, headers: { cookie } })
      .then((r) => r.json());
  const lodz = await create({ firstName: 'Иван', lastName: 'Петров', companyName: 'Łódź Trans' });
  const acme = await create({ firstName: 'Dana', lastName: 'Okafor', companyName: 'Acme Haul' });
  // The keys the old rule (a-z0-9 only) wrote.
  await t.ctx.db
    .updateTable('companies')
    .set({ name_key: 'odz trans' })
    .where('id', '=', lodz.company.id)
    .execute();
  await t.ctx.db
    .updateTable('contacts')
    .set({ name_key: '', company_key: 'odz trans' })
    .where('id', '=', lodz.id)
    .execute();

  await up(t.ctx.db as never);

  const company = (id: string) =>
    t.ctx.db.selectFrom('companies').select('name_key').where('id', '=', id).executeTakeFirstOrThrow();
  const contact = (id: string) =>
    t.ctx.db
      .selectFrom('contacts')
      .select(['name_key', 'company_key'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  expect(await company(lodz.company.id)).toEqual({ name_key: 'łodz trans' });
  expect(await contact(lodz.id)).toEqual({ name_key: 'иван петров', company_key: 'łodz trans' });
  expect(await company(acme.company.id)).toEqual({ name_key: 'acme haul' });
  expect(await contact(acme.id)).toEqual({ name_key: 'dana okafor', company_key: 'acme haul' });
  // A name typed today finds the company saved before.
  const again = await create({ firstName: 'Olga', companyName: 'ŁÓDŹ TRANS' });
  expect(again.company.id).toBe(lodz.company.id);
});
