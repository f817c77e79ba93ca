import type { Db, EmailTemplatesTable } from '../../../db/types';

export type TemplateRow = EmailTemplatesTable & { owner_name: string | null };

const withOwner = (db: Db) =>
  db
    .selectFrom('email_templates as t')
    .leftJoin('users as u', 'u.id', 't.owner_id')
    .selectAll('t')
    .select('u.name as owner_name');

export function findTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  return withOwner(db).where('t.id', '=', id).executeTakeFirst();
}

/** Team templates and the actor's personal ones (managers: everyone's personal ones too). */
export function listTemplates(
  db: Db,
  opts: { userId: string; allPersonal: boolean; archived: boolean },
): Promise<TemplateRow[]> {
  let q = withOwner(db);
  if (!opts.allPersonal)
    q = q.where((eb) => eb.or([eb('t.scope', '=', 'team'), eb('t.owner_id', '=', opts.userId)]));
  q = q.where('t.archived_at', opts.archived ? 'is not' : 'is', null);
  return q.orderBy('t.scope', 'desc').orderBy('t.name').orderBy('t.id').execute();
}

export async function insertTemplate(db: Db, row: EmailTemplatesTable): Promise<void> {
  await db.insertInto('email_templates').values(row).execute();
}

export async function countTemplates(db: Db): Promise<number> {
  const r = await db
    .selectFrom('email_templates')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function updateTemplateIfVersion(
  db: Db,
  id: string,
  version: number,
  patch: Partial<
    Pick<EmailTemplatesTable, 'name' | 'subject' | 'body' | 'scope' | 'owner_id' | 'archived_at'>
  > & {
    updated_at: string;
  },
): Promise<boolean> {
  const r = await db
    .updateTable('email_templates')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
