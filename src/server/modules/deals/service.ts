import type { z } from 'zod';
import type { Deal, dealInputSchema, dealPatchSchema, moveSchema } from '../../../shared/deals';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../ids';
import { publishActivity } from '../../plugins/realtime-activity';
import { seesEverything } from '../access';
import { insertAudit } from '../audit';
import { loadWorkableContact } from '../calls';
import { insertTimelineEvents } from '../timeline';
import { findUserById } from '../users';
import { presentDeal } from './presenter';
import { getStageProbabilities } from './probabilities';
import * as repo from './repo';

export type DealInput = z.output<typeof dealInputSchema>;
export type DealPatchInput = z.output<typeof dealPatchSchema>;

export const dollars = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

/** The deal if the actor may see it: reps their own, managers every deal (404 otherwise). */
export async function loadVisibleDeal(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<repo.DealWithNames> {
  const d = await repo.findDealById(ctx.db, id);
  if (!d || (!seesEverything(actor) && d.owner_id !== actor.id)) throw notFound('Deal');
  return d;
}

export async function getDeal(ctx: AppContext, actor: Actor, id: string): Promise<Deal> {
  return presentDeal(await loadVisibleDeal(ctx, actor, id), await getStageProbabilities(ctx));
}

async function ownerFor(ctx: AppContext, actor: Actor, ownerId: string | undefined, fallback: string) {
  const id = ownerId ?? fallback;
  if (id === actor.id) return id;
  if (!seesEverything(actor)) throw forbidden('Reps own the deals they create; a manager can reassign.');
  const u = await findUserById(ctx.db, id);
  if (!u || u.deactivated_at) throw badRequest('invalid_owner', 'Choose an active user as the owner.');
  return id;
}

type MoveColumns = Pick<
  repo.DealRow,
  | 'equipment_type'
  | 'weight_lb'
  | 'length_ft'
  | 'width_ft'
  | 'height_ft'
  | 'origin_city'
  | 'origin_state'
  | 'destination_city'
  | 'destination_state'
  | 'pickup_from'
  | 'pickup_to'
  | 'permits_needed'
  | 'escorts_needed'
>;

/** The move's facts as columns; only the keys given (a patch leaves the others alone). */
export function moveColumns(m: Partial<z.output<typeof moveSchema>> | undefined): Partial<MoveColumns> {
  if (!m) return {};
  const c: Partial<MoveColumns> = {};
  if (m.equipmentType !== undefined) c.equipment_type = m.equipmentType;
  if (m.weightLb !== undefined) c.weight_lb = m.weightLb;
  if (m.lengthFt !== undefined) c.length_ft = m.lengthFt;
  if (m.widthFt !== undefined) c.width_ft = m.widthFt;
  if (m.heightFt !== undefined) c.height_ft = m.heightFt;
  if (m.origin !== undefined) {
    c.origin_city = m.origin.city;
    c.origin_state = m.origin.state?.toUpperCase() ?? null;
  }
  if (m.destination !== undefined) {
    c.destination_city = m.destination.city;
    c.destination_state = m.destination.state?.toUpperCase() ?? null;
  }
  if (m.pickupFrom !== undefined) c.pickup_from = m.pickupFrom;
  if (m.pickupTo !== undefined) c.pickup_to = m.pickupTo;
  if (m.permitsNeeded !== undefined) c.permits_needed = m.permitsNeeded ? 1 : 0;
  if (m.escortsNeeded !== undefined) c.escorts_needed = m.escortsNeeded ? 1 : 0;
  return c;
}

/** A deal from a contact the actor may work (owner or manager): the row, `deal.created` and the audit entry. */
export async function createDeal(ctx: AppContext, actor: Actor, input: DealInput): Promise<Deal> {
  const contact = await loadWorkableContact(ctx, actor, input.contactId);
  const ownerId = await ownerFor(ctx, actor, input.ownerId, contact.owner_id ?? actor.id);
  const at = isoNow(ctx.clock);
  const row: repo.DealRow = {
    id: newId(),
    title: input.title,
    value_cents: input.valueCents,
    stage: input.stage,
    lost_reason: null,
    expected_close_date: input.expectedCloseDate ?? null,
    contact_id: contact.id,
    company_id: contact.company_id,
    owner_id: ownerId,
    equipment_type: null,
    weight_lb: null,
    length_ft: null,
    width_ft: null,
    height_ft: null,
    origin_city: null,
    origin_state: null,
    destination_city: null,
    destination_state: null,
    pickup_from: null,
    pickup_to: null,
    permits_needed: 0,
    escorts_needed: 0,
    ...moveColumns(input.move),
    created_by: actor.id,
    created_at: at,
    updated_at: at,
    stage_changed_at: at,
    closed_at: null,
    version: 1,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertDeal(trx, row);
    await insertTimelineEvents(trx, [
      {
        kind: 'deal.created',
        contactId: contact.id,
        companyId: contact.company_id,
        dealId: row.id,
        actorId: actor.id,
        data: { title: row.title, valueCents: input.valueCents, stage: row.stage, ownerId },
        at,
      },
    ]);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'deal.created',
      objectType: 'deal',
      objectId: row.id,
      ip: actor.ip,
      details: { contactId: contact.id, valueCents: input.valueCents, stage: row.stage },
      at,
    });
  });
  publishActivity(ctx, actor, {
    kind: 'deal.created',
    at,
    repId: ownerId,
    contact: { id: contact.id, name: contact.full_name },
    summary: `${actor.name} created the deal “${row.title}” (${dollars(input.valueCents)})`,
  });
  return getDeal(ctx, actor, row.id);
}

/** A versioned edit of the deal's facts; 409 `stale_version` with the current deal if someone saved first. */
export async function updateDeal(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: DealPatchInput,
): Promise<Deal> {
  const d = await loadVisibleDeal(ctx, actor, id);
  const at = isoNow(ctx.clock);
  const patch: repo.DealPatch = { ...moveColumns(input.move), updated_at: at };
  if (input.title !== undefined) patch.title = input.title;
  if (input.valueCents !== undefined) patch.value_cents = input.valueCents;
  if (input.expectedCloseDate !== undefined) patch.expected_close_date = input.expectedCloseDate;
  if (input.ownerId !== undefined && input.ownerId !== d.owner_id)
    patch.owner_id = await ownerFor(ctx, actor, input.ownerId, d.owner_id);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.updateDealIfVersion(trx, id, input.version, patch))) throw await staleDeal(ctx, id, trx);
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'deal.updated',
      objectType: 'deal',
      objectId: id,
      ip: actor.ip,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
      at,
    });
  });
  return getDeal(ctx, actor, id);
}

/** The 409 with the current deal; inside a transaction pass it (SQLite has one connection). */
export async function staleDeal(ctx: AppContext, id: string, db = ctx.db) {
  const current = await repo.findDealById(db, id);
  if (!current) return notFound('Deal');
  return conflict('stale_version', 'This deal changed after you opened it; here is the current one.', {
    current: presentDeal(current, await getStageProbabilities({ db })),
  });
}
