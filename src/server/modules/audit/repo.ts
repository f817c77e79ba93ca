import type { Db } from '../../../db/types';
import { newId } from '../../ids';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  ip: string | null;
  details?: Record<string, unknown>;
  at: string;
};

/** Call inside the transaction of the change it records. */
export async function insertAudit(db: Db, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: e.actorId,
      action: e.action,
      object_type: e.objectType,
      object_id: e.objectId,
      ip: e.ip,
      details: e.details ? JSON.stringify(e.details) : null,
      created_at: e.at,
    })
    .execute();
}

export function listAuditForObject(db: Db, objectType: string, objectId: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('object_type', '=', objectType)
    .where('object_id', '=', objectId)
    .orderBy('created_at', 'desc')
    .execute();
}
