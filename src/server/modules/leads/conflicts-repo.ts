import { sql } from 'kysely';
import type { Db } from '../../../db/types';

export type ConflictPair = { aId: string; bId: string; matchedOn: 'phone' | 'email'; value: string };

/**
 * Pairs of live contacts owned by two different reps that share a normalized phone or an email: two reps
 * would call the same person. Each pair once (a.id < b.id).
 */
export async function listConflictPairs(db: Db, limit: number): Promise<ConflictPair[]> {
  const pairsOn = (col: 'phone_e164' | 'email', label: 'phone' | 'email') =>
    db
      .selectFrom('contacts as a')
      .innerJoin('contacts as b', (j) => j.onRef(`a.${col}`, '=', `b.${col}`).onRef('a.id', '<', 'b.id'))
      .select(['a.id as aId', 'b.id as bId', sql.lit(label).as('matchedOn'), `a.${col} as value`])
      .where(`a.${col}`, 'is not', null)
      .where('a.owner_id', 'is not', null)
      .where('b.owner_id', 'is not', null)
      .whereRef('a.owner_id', '<>', 'b.owner_id')
      .where('a.deleted_at', 'is', null)
      .where('b.deleted_at', 'is', null);
  const rows = await pairsOn('phone_e164', 'phone')
    .unionAll(pairsOn('email', 'email'))
    .orderBy('aId')
    .limit(limit)
    .execute();
  return rows as ConflictPair[];
}

/** Live contacts that share this one's phone or email and are owned by someone other than its owner. */
export async function listConflictsOf(
  db: Db,
  c: { id: string; owner_id: string | null; phone_e164: string | null; email: string | null },
) {
  if (!c.phone_e164 && !c.email) return [];
  return db
    .selectFrom('contacts')
    .leftJoin('users', 'users.id', 'contacts.owner_id')
    .leftJoin('companies', 'companies.id', 'contacts.company_id')
    .select([
      'contacts.id',
      'contacts.full_name',
      'contacts.phone_e164',
      'contacts.email',
      'contacts.owner_id',
      'users.name as owner_name',
      'companies.name as company_name',
    ])
    .where((eb) =>
      eb.or([
        ...(c.phone_e164 ? [eb('contacts.phone_e164', '=', c.phone_e164)] : []),
        ...(c.email ? [eb('contacts.email', '=', c.email)] : []),
      ]),
    )
    .where('contacts.id', '<>', c.id)
    .where('contacts.deleted_at', 'is', null)
    .where('contacts.owner_id', 'is not', null)
    .where((eb) => (c.owner_id ? eb('contacts.owner_id', '<>', c.owner_id) : eb.lit(true)))
    .orderBy('contacts.id')
    .limit(20)
    .execute();
}
