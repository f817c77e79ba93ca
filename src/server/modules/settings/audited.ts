import type { Db } from '../../../db/types';
import type { Actor } from '../../context';
import { insertAudit } from '../audit';
import { putSetting } from './repo';

/** Stores a setting a person changed and audits it with before → after, inside the caller's transaction. */
export async function putSettingAudited(
  trx: Db,
  change: { actor: Actor; key: string; action: string; before: unknown; after: unknown; at: string },
): Promise<void> {
  const { actor, key, action, before, after, at } = change;
  await putSetting(trx, key, after, at);
  await insertAudit(trx, {
    actorId: actor.id,
    action,
    objectType: 'setting',
    objectId: key,
    ip: actor.ip,
    details: { before, after },
    at,
  });
}
