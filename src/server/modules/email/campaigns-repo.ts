import type { Db, EmailCampaignsTable } from '../../../db/types';
import type { Actor } from '../../context';
import { type ResolvedFilter, selectContactsWithNames, whereFilter } from '../contacts';

export type CampaignRow = EmailCampaignsTable & { template_name: string | null; creator_name: string | null };

export async function insertCampaign(db: Db, row: EmailCampaignsTable): Promise<void> {
  await db.insertInto('email_campaigns').values(row).execute();
}

export function findCampaign(db: Db, id: string): Promise<CampaignRow | undefined> {
  return db
    .selectFrom('email_campaigns as c')
    .leftJoin('email_templates as t', 't.id', 'c.template_id')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select(['t.name as template_name', 'u.name as creator_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function setCampaignStatus(
  db: Db,
  id: string,
  status: EmailCampaignsTable['status'],
  from: EmailCampaignsTable['status'][],
  finishedAt: string | null,
): Promise<boolean> {
  const r = await db
    .updateTable('email_campaigns')
    .set({ status, finished_at: finishedAt })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Done when none of its messages waits or is in a runner's hands. */
export async function finishCampaignIfDone(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('email_campaigns')
    .set({ status: 'done', finished_at: at })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'sending'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('email_messages')
            .select('id')
            .where('campaign_id', '=', id)
            .where('status', 'in', ['queued', 'sending']),
        ),
      ),
    )
    .execute();
}

/** The contacts a campaign's filter selects (visibility applied), capped. */
export function selectFilteredContacts(db: Db, actor: Actor, f: ResolvedFilter, limit: number) {
  return selectContactsWithNames(db)
    .where(whereFilter(actor, f))
    .orderBy('contacts.id')
    .limit(limit)
    .execute();
}
