import type { Db } from '../../../db/types';

export type StatsFilter = { repId?: string; templateId?: string; from?: string; to?: string };

/** Per template: sent, delivered, opened, clicked, replied, bounced (test sends excluded). */
export function emailCountsByTemplate(db: Db, f: StatsFilter) {
  let q = db
    .selectFrom('email_messages as m')
    .leftJoin('email_templates as t', 't.id', 'm.template_id')
    .where('m.is_test', '=', 0)
    .where('m.sent_at', 'is not', null);
  if (f.repId) q = q.where('m.sender_id', '=', f.repId);
  if (f.templateId) q = q.where('m.template_id', '=', f.templateId);
  if (f.from) q = q.where('m.sent_at', '>=', f.from);
  if (f.to) q = q.where('m.sent_at', '<', f.to);
  return q
    .select((eb) => [
      'm.template_id',
      eb.fn.max('t.name').as('name'),
      eb.fn.countAll<number | string>().as('sent'),
      eb.fn.count<number | string>('m.delivered_at').as('delivered'),
      eb.fn.count<number | string>('m.opened_at').as('opened'),
      eb.fn.count<number | string>('m.clicked_at').as('clicked'),
      eb.fn.count<number | string>('m.replied_at').as('replied'),
      eb.fn.count<number | string>('m.bounced_at').as('bounced'),
    ])
    .groupBy('m.template_id')
    .execute();
}
