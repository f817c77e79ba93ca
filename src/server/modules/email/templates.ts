import type { z } from 'zod';
import type { EmailTemplate, templateInputSchema, templatePatchSchema } from '../../../shared/email';
import { isoNow } from '../../clock';
import type { Actor, AppContext } from '../../context';
import { conflict, forbidden, notFound } from '../../errors';
import { newId } from '../../ids';
import { seesEverything } from '../access';
import { insertAudit } from '../audit';
import * as repo from './templates-repo';

type TemplateInput = z.infer<typeof templateInputSchema>;
type TemplatePatch = z.infer<typeof templatePatchSchema>;

export function presentTemplate(r: repo.TemplateRow): EmailTemplate {
  return {
    id: r.id,
    name: r.name,
    subject: r.subject,
    body: r.body,
    scope: r.scope,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    archived: r.archived_at !== null,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** Who may use a template: team ones everyone; personal ones their owner (managers: all). */
export function canUseTemplate(actor: Actor, t: repo.TemplateRow): boolean {
  return t.scope === 'team' || t.owner_id === actor.id || seesEverything(actor);
}

/** Managers edit the team's templates; anyone edits their own personal ones. */
export function canEditTemplate(actor: Actor, t: repo.TemplateRow): boolean {
  return t.scope === 'team' ? seesEverything(actor) : t.owner_id === actor.id || seesEverything(actor);
}

export async function loadUsableTemplate(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<repo.TemplateRow> {
  const t = await repo.findTemplate(ctx.db, id);
  if (!t || !canUseTemplate(actor, t)) throw notFound('Template');
  return t;
}

export async function listTemplates(
  ctx: AppContext,
  actor: Actor,
  archived: boolean,
): Promise<EmailTemplate[]> {
  const rows = await repo.listTemplates(ctx.db, { userId: actor.id, allPersonal: false, archived });
  return rows.map(presentTemplate);
}

export async function getTemplate(ctx: AppContext, actor: Actor, id: string): Promise<EmailTemplate> {
  return presentTemplate(await loadUsableTemplate(ctx, actor, id));
}

/** Create, or duplicate (the client posts a copy's content). Reps create personal templates only. */
export async function createTemplate(
  ctx: AppContext,
  actor: Actor,
  input: TemplateInput,
): Promise<EmailTemplate> {
  if (input.scope === 'team' && !seesEverything(actor))
    throw forbidden('Only managers create team templates; save it as a personal template.');
  const at = isoNow(ctx.clock);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertTemplate(trx, {
      id,
      name: input.name,
      subject: input.subject,
      body: input.body,
      scope: input.scope,
      owner_id: input.scope === 'personal' ? actor.id : null,
      archived_at: null,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
      version: 1,
    });
    await insertAudit(trx, {
      actorId: actor.id,
      action: 'email_template.created',
      objectType: 'email_template',
      objectId: id,
      ip: actor.ip,
      at,
    });
  });
  return getTemplate(ctx, actor, id);
}

export async function updateTemplate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: TemplatePatch,
): Promise<EmailTemplate> {
  const current = await loadUsableTemplate(ctx, actor, id);
  if (!canEditTemplate(actor, current))
    throw forbidden(
      current.scope === 'team' ? 'Only managers edit team templates.' : 'Only its owner edits it.',
    );
  if (patch.scope === 'team' && !seesEverything(actor)) throw forbidden('Only managers make team templates.');
  const at = isoNow(ctx.clock);
  const { version, archived, ...fields } = patch;
  const ok = await ctx.db.transaction().execute(async (trx) => {
    const done = await repo.updateTemplateIfVersion(trx, id, version, {
      ...fields,
      ...(fields.scope
        ? { owner_id: fields.scope === 'personal' ? (current.owner_id ?? actor.id) : null }
        : {}),
      ...(archived === undefined ? {} : { archived_at: archived ? (current.archived_at ?? at) : null }),
      updated_at: at,
    });
    if (done)
      await insertAudit(trx, {
        actorId: actor.id,
        action: 'email_template.updated',
        objectType: 'email_template',
        objectId: id,
        ip: actor.ip,
        details: { fields: Object.keys(patch).filter((k) => k !== 'version') },
        at,
      });
    return done;
  });
  const fresh = await getTemplate(ctx, actor, id);
  if (!ok)
    throw conflict('stale_version', 'Someone saved this template first; here is the current text.', fresh);
  return fresh;
}
