import type { Actor, AppContext } from '../../context';
import { newId } from '../../ids';
import type { EventBus } from '../../plugins/realtime';
import { loadVisibleContact } from '../contacts';
import * as repo from './repo';

/** A stream renews its row this often; a row not renewed for PRESENCE_TTL_MS (a crashed instance) lapses. */
export const PRESENCE_RENEW_MS = 20_000;
const PRESENCE_TTL_MS = 60_000;

export type Viewer = { id: string; name: string; since: string };

const expiry = (ctx: AppContext) => new Date(ctx.clock.now().getTime() + PRESENCE_TTL_MS).toISOString();

/** The person has the lead open: visible leads only (404 otherwise, as for reading it). */
export async function enterContact(ctx: AppContext, bus: EventBus, actor: Actor, contactId: string) {
  await loadVisibleContact(ctx, actor, contactId);
  const id = newId();
  const at = ctx.clock.now().toISOString();
  await repo.insertPresence(ctx.db, { id, contactId, userId: actor.id, at, expiresAt: expiry(ctx) });
  bus.publish({ type: 'presence', contactId });
  return id;
}

export async function stayOnContact(ctx: AppContext, presenceId: string) {
  await repo.renewPresence(ctx.db, presenceId, expiry(ctx));
}

export async function leaveContact(ctx: AppContext, bus: EventBus, presenceId: string, contactId: string) {
  await repo.deletePresence(ctx.db, presenceId);
  await repo.deleteExpiredPresence(ctx.db, ctx.clock.now().toISOString());
  bus.publish({ type: 'presence', contactId });
}

export async function viewersOf(ctx: AppContext, contactId: string): Promise<Viewer[]> {
  const rows = await repo.listViewers(ctx.db, contactId, ctx.clock.now().toISOString());
  return rows.map((r) => ({ id: r.id, name: r.name, since: String(r.since) }));
}
