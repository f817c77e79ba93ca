import { isoNow } from '../../clock';
import type { AppContext } from '../../context';
import { newId } from '../../ids';
import { countTemplates, insertTemplate } from './templates-repo';

// The three templates of the old dashboard, as team templates. Written by a seed step (not a migration) that
// startServer runs on every database, demo or real, while the table is empty (decision 011): a team that
// deletes or archives them keeps its choice, and the copy can be improved without a migration.
export const starterTemplates = [
  {
    name: 'Initial outreach',
    subject: 'Moving oversize equipment in {{contact.state | "your area"}}?',
    body: `Hi {{contact.firstName | "there"}},

I'm {{rep.name}} with Heavy Haulers Logistics. We move the loads most carriers turn down — excavators, cranes, dozers, transformers and other oversize or overweight equipment — on lowboys, RGNs and multi-axle trailers.

For {{company.name | "your team"}}, that means:

- **Permits and routing handled** for every state on the route, escorts and pilot cars included
- **One point of contact** from pickup to delivery, with updates at each leg
- **Fully insured** for high-value equipment

If you have a machine to move in the next few weeks, reply with the pickup and drop-off and I'll send a quote the same day.

{{rep.name}}
Heavy Haulers Logistics · {{rep.phone | "(713) 555-0100"}}`,
  },
  {
    name: 'Follow-up',
    subject: 'Following up on your heavy-haul needs',
    body: `Hi {{contact.firstName | "there"}},

Thanks again for taking my call. As promised, here's a quick recap of how we'd handle your next move:

- A dedicated dispatcher who knows your equipment and your job sites
- Permits, route surveys and escorts arranged before the truck rolls
- Transparent, all-in quotes — no surprise accessorials

Send me the dimensions and weight of the next piece and I'll turn a quote around today. You can also call me directly at {{rep.phone | "our main line"}}.

Best,
{{rep.name}}
Heavy Haulers Logistics`,
  },
  {
    name: 'Callback confirmation',
    subject: 'Confirming our call on {{followUp.date | "the date we discussed"}}',
    body: `Hi {{contact.firstName | "there"}},

Just confirming I'll call you on **{{followUp.date | "the date we discussed"}}** at **{{followUp.time | "the time we agreed"}}** to go over the haul for {{company.name | "your team"}}.

If it helps, have the equipment make and model, its dimensions and weight, and the pickup and delivery locations handy — that's all I need to price it.

Need to move the time? Just reply to this email or call me at {{rep.phone | "our main line"}}.

Talk soon,
{{rep.name}}
Heavy Haulers Logistics`,
  },
] as const;

/** Seeds the starter team templates into an empty table; a no-op otherwise. */
export async function ensureStarterTemplates(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<boolean> {
  if ((await countTemplates(ctx.db)) > 0) return false;
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    for (const t of starterTemplates) {
      await insertTemplate(trx, {
        id: newId(),
        ...t,
        scope: 'team',
        owner_id: null,
        archived_at: null,
        created_by: null,
        created_at: at,
        updated_at: at,
        version: 1,
      });
    }
  });
  return true;
}
