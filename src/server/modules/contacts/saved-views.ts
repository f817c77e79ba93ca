import {
  type ContactColumn,
  contactListQuerySchema,
  type SavedView,
  type SavedViewInput,
} from '../../../shared/contacts';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { AppError, notFound } from '../../errors';
import { newId } from '../../ids';
import * as repo from './views-repo';

function present(r: repo.SavedViewRow): SavedView {
  return {
    id: r.id,
    name: r.name,
    query: r.query,
    columns: r.columns ? (JSON.parse(r.columns) as ContactColumn[]) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

// A view must be a query the list accepts, or opening it later would fail.
function assertValidQuery(query: string): void {
  const parsed = contactListQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(query)));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      path: `query.${i.path.join('.')}`,
      message: i.message,
    }));
    throw new AppError(
      400,
      'validation_failed',
      `The view's filter is not valid: ${problems[0]?.message}`,
      problems,
    );
  }
}

export async function listViews(ctx: AppContext, actor: Actor): Promise<SavedView[]> {
  return (await repo.listSavedViews(ctx.db, actor.id)).map(present);
}

export async function createView(ctx: AppContext, actor: Actor, input: SavedViewInput): Promise<SavedView> {
  assertValidQuery(input.query);
  const at = isoNow(ctx.clock);
  const row: repo.SavedViewRow = {
    id: newId(),
    user_id: actor.id,
    name: input.name,
    query: input.query,
    columns: input.columns ? JSON.stringify(input.columns) : null,
    created_at: at,
    updated_at: at,
  };
  await repo.insertSavedView(ctx.db, row);
  return present(row);
}

async function ownView(ctx: AppContext, actor: Actor, id: string): Promise<repo.SavedViewRow> {
  const row = await repo.findSavedView(ctx.db, id);
  if (!row || row.user_id !== actor.id) throw notFound('Saved view');
  return row;
}

export async function updateView(ctx: AppContext, actor: Actor, id: string, input: Partial<SavedViewInput>) {
  const row = await ownView(ctx, actor, id);
  if (input.query !== undefined) assertValidQuery(input.query);
  const patch: Partial<repo.SavedViewRow> = { updated_at: isoNow(ctx.clock) };
  if (input.name !== undefined) patch.name = input.name;
  if (input.query !== undefined) patch.query = input.query;
  if (input.columns !== undefined) patch.columns = input.columns ? JSON.stringify(input.columns) : null;
  await repo.updateSavedView(ctx.db, id, patch);
  return present({ ...row, ...patch });
}

export async function deleteView(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ownView(ctx, actor, id);
  await repo.deleteSavedView(ctx.db, id);
}
