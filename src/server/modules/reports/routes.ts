import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  activityEventSchema,
  liveCallersSchema,
  type ReportName,
  reportQuerySchema,
} from '../../../shared/deals';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import type { Realtime } from '../../plugins/realtime';
import { seesEverything } from '../access';
import { type Report, reports } from './catalog';
import { reportCsv } from './csv';
import { liveCallers } from './live';
import { runReport } from './report-pool';

/** The reports (docs/metrics.md defines every number), their CSV exports, who is calling, and the live feed. */
export function reportRoutes(ctx: AppContext, { bus, openEventStream }: Realtime): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reports'];
    app.get(
      '/api/reports/live',
      {
        schema: {
          tags,
          summary: 'Who is calling right now (an active call-flow lease); reps see themselves',
          response: { 200: liveCallersSchema, ...errorResponses(401) },
        },
      },
      async (req) => liveCallers(ctx, requireActor(req)),
    );
    for (const [name, r] of Object.entries(reports) as [ReportName, Report][]) {
      const summary = `${r.summary}. Reps: their own numbers only (403 for another repId)`;
      app.get(
        `/api/reports/${name}`,
        {
          schema: {
            tags,
            summary,
            querystring: reportQuerySchema,
            response: { 200: r.schema, ...errorResponses(400, 401, 403) },
          },
        },
        async (req) => runReport(ctx, name, requireActor(req), req.query),
      );
      app.get(
        `/api/reports/${name}.csv`,
        { schema: { tags, summary: `${summary} — as CSV`, querystring: reportQuerySchema } },
        async (req, reply) => {
          const data = await runReport(ctx, name, requireActor(req), req.query);
          const file = `${name}-${req.query.from}-${req.query.to}.csv`;
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${file}"`)
            .send(reportCsv(name, data));
        },
      );
    }
    app.get(
      '/api/events/stream',
      {
        schema: {
          tags,
          summary:
            'Server-sent `activity` events (calls, claims, emails, deals) as they happen, and `calling` (the ' +
            'GET /api/reports/live list) when someone opens or leaves a lead in the call flow: managers ' +
            'everyone’s, reps their own',
          response: errorResponses(401),
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const stream = openEventStream(req, reply);
        const all = seesEverything(actor);
        const unsubscribe = bus.subscribe((e) => {
          if (e.type === 'calling' && (all || e.repId === actor.id))
            liveCallers(ctx, actor).then(
              (list) => stream.send('calling', liveCallersSchema.parse(list)),
              (err) => req.log.error({ err }, 'live callers'),
            );
          if (e.type !== 'activity' || (!all && e.activity.repId !== actor.id)) return;
          const { repId: _repId, ...event } = e.activity;
          stream.send('activity', activityEventSchema.parse(event));
        });
        stream.onClose(unsubscribe);
      },
    );
  };
}
