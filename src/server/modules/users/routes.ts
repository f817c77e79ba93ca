import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import { createUserSchema, updateUserSchema, userListSchema, userSchema } from '../../../shared/users';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import * as users from './service';

export function userRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Everyone in the organisation (managers and admins)',
          response: { 200: userListSchema, ...errorResponses(401, 403) },
        },
      },
      async (req) => ({ users: await users.listUsers(ctx, requireActor(req)) }),
    );

    app.get(
      '/api/users/:id',
      {
        schema: {
          tags: ['users'],
          summary: 'One user (managers and admins)',
          params: idParamsSchema,
          response: { 200: userSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (req) => users.getUser(ctx, requireActor(req), req.params.id),
    );

    app.post(
      '/api/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Create a user with an initial password (managers and admins; only admins create admins)',
          body: createUserSchema,
          response: { 201: userSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (req, reply) => reply.code(201).send(await users.createUser(ctx, requireActor(req), req.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags: ['users'],
          summary:
            'Edit, deactivate (`active:false`, ends their sessions), reactivate or reset the password of a user. ' +
            'Send the `version` you read; a stale version gets 409 with the current record.',
          params: idParamsSchema,
          body: updateUserSchema,
          response: { 200: userSchema, ...errorResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (req) => users.updateUser(ctx, requireActor(req), req.params.id, req.body),
    );
  };
}
