import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import { taskListQuerySchema, taskListSchema, taskPatchSchema, taskSchema } from '../../../shared/tasks';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { listTasks, updateTask } from './service';

export function taskRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['tasks'];
    app.get(
      '/api/tasks',
      {
        schema: {
          tags,
          summary:
            'Follow-ups (callbacks and follow-up calls), soonest first: overdue, today (the organisation’s day, ' +
            'America/Chicago), upcoming. Reps get their own; managers anyone’s (ownerId) or everyone’s',
          querystring: taskListQuerySchema,
          response: { 200: taskListSchema, ...errorResponses(400, 401) },
        },
      },
      async (req) => ({ items: await listTasks(ctx, requireActor(req), req.query) }),
    );

    app.patch(
      '/api/tasks/:id',
      {
        schema: {
          tags,
          summary:
            'Complete (status done), cancel, reopen, reschedule (dueAt), note, or reassign (managers: ownerId of ' +
            'an active rep). Send the version you read; a stale one gets 409 with the current task',
          params: idParamsSchema,
          body: taskPatchSchema,
          response: { 200: taskSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (req) => updateTask(ctx, requireActor(req), req.params.id, req.body),
    );
  };
}
