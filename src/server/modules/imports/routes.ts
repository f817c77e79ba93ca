import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/common';
import {
  csvUploadDocSchema,
  csvUploadFormSchema,
  csvUploadResultSchema,
  importListSchema,
  importSchema,
  legacyRepDefaultsSchema,
  legacyUploadDocSchema,
  legacyUploadFormSchema,
  previewRequestSchema,
  previewResponseSchema,
  startImportSchema,
} from '../../../shared/imports';
import type { AppContext } from '../../context';
import { requireActor } from '../../plugins/auth';
import { errorResponses } from '../../plugins/openapi';
import { createLegacyImport, legacyRepDefaults } from './legacy/service';
import { importReport } from './report';
import * as imports from './service';
import { csvFileName, legacyFileNames } from './storage';
import { keepUploadOnlyIf, MAX_UPLOAD_BYTES, parseFormFields, receiveUpload } from './upload';

// Multipart bodies are read as streams by the handlers; their schemas only document them (not validated).
const documentedOnly = () => (data: unknown) => ({ value: data });

export function importRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 3, fields: 10, fieldSize: 100_000 },
    });
    const tags = ['imports'];
    const upload = (
      req: { parts: () => AsyncIterableIterator<import('@fastify/multipart').Multipart> },
      files: Record<string, string>,
    ) => receiveUpload(ctx, req.parts(), files);

    app.post(
      '/api/imports',
      {
        schema: {
          tags,
          summary:
            'Upload a CSV (managers, admins): headers, suggested mapping and a preview of the first rows',
          description:
            'Multipart form. Leaves a draft for the mapping screen (then POST /api/imports/:id/start), or with ' +
            'start=true queues the import at once. 422 unreadable_file when the file is not a readable CSV.',
          consumes: ['multipart/form-data'],
          body: csvUploadDocSchema,
          response: { 201: csvUploadResultSchema, ...errorResponses(400, 401, 403, 413, 422) },
        },
        validatorCompiler: documentedOnly,
      },
      async (req, reply) => {
        const actor = requireActor(req);
        imports.assertCanImport(actor);
        const received = await upload(req, { file: csvFileName });
        const result = await keepUploadOnlyIf(ctx, received, () => {
          const form = parseFormFields(csvUploadFormSchema, received.fields);
          const stored = { importId: received.importId, ...received.files.get('file')! };
          const launch = form.start
            ? { start: true as const, mapping: form.mapping, dedupe: form.dedupe, dryRun: form.dryRun }
            : { start: false as const, mapping: form.mapping };
          return imports.createCsvImport(ctx, actor, stored, launch);
        });
        return reply.code(201).send(result);
      },
    );

    app.get(
      '/api/imports',
      {
        schema: {
          tags,
          summary: 'The 50 most recent imports',
          response: { 200: importListSchema, ...errorResponses(401, 403) },
        },
      },
      async (req) => ({ imports: await imports.listImports(ctx, requireActor(req)) }),
    );

    app.get(
      '/api/imports/legacy/reps',
      {
        schema: {
          tags,
          summary: "The default mapping of the old dashboard's reps (rep1…rep5) to users",
          response: { 200: legacyRepDefaultsSchema, ...errorResponses(401, 403) },
        },
      },
      async (req) => legacyRepDefaults(ctx, requireActor(req)),
    );

    app.post(
      '/api/imports/legacy',
      {
        schema: {
          tags,
          summary: "Import the old dashboard's three JSON files (queued as a job)",
          description: 'Multipart form. Importing the same files again changes nothing.',
          consumes: ['multipart/form-data'],
          body: legacyUploadDocSchema,
          response: { 201: importSchema, ...errorResponses(400, 401, 403, 413, 422) },
        },
        validatorCompiler: documentedOnly,
      },
      async (req, reply) => {
        const actor = requireActor(req);
        imports.assertCanImport(actor);
        const received = await upload(req, legacyFileNames);
        const result = await keepUploadOnlyIf(ctx, received, () => {
          const form = parseFormFields(legacyUploadFormSchema, received.fields);
          const size = sizeOf(received.files);
          const stored = { importId: received.importId, fileName: 'legacy dashboard files', size };
          return createLegacyImport(ctx, actor, stored, form);
        });
        return reply.code(201).send(result);
      },
    );

    app.get(
      '/api/imports/:id',
      {
        schema: {
          tags,
          summary: 'State, progress, counts and the first issues of an import (poll it for the progress bar)',
          params: idParamsSchema,
          response: { 200: importSchema, ...errorResponses(401, 403, 404) },
        },
      },
      async (req) => imports.getImport(ctx, requireActor(req), req.params.id),
    );

    app.post(
      '/api/imports/:id/preview',
      {
        schema: {
          tags,
          summary: 'Preview the first rows with an edited mapping',
          params: idParamsSchema,
          body: previewRequestSchema,
          response: { 200: previewResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => ({
        preview: await imports.previewImport(ctx, requireActor(req), req.params.id, req.body.mapping),
      }),
    );

    app.post(
      '/api/imports/:id/start',
      {
        schema: {
          tags,
          summary:
            'Start a draft (or turn a finished dry run into the real import) with a mapping and dedupe policy',
          params: idParamsSchema,
          body: startImportSchema,
          response: { 202: importSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req, reply) =>
        reply.code(202).send(await imports.startImport(ctx, requireActor(req), req.params.id, req.body)),
    );

    app.post(
      '/api/imports/:id/cancel',
      {
        schema: {
          tags,
          summary: 'Cancel a draft, queued or running import; batches already committed stay',
          params: idParamsSchema,
          response: { 200: importSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (req) => imports.cancelImport(ctx, requireActor(req), req.params.id),
    );

    app.get(
      '/api/imports/:id/report.csv',
      {
        schema: {
          tags,
          summary:
            'The report as CSV: every rejected or skipped row with its line, reason and original values',
          params: idParamsSchema,
          produces: ['text/csv'],
          response: errorResponses(401, 403, 404),
        },
      },
      async (req, reply) => {
        const report = await importReport(ctx, requireActor(req), req.params.id);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${report.fileName}"`)
          .send(Readable.from(report.lines) as never); // a stream: Fastify sends it as is, unserialized
      },
    );
  };
}

function sizeOf(files: Map<string, { size: number }>): number {
  return [...files.values()].reduce((sum, f) => sum + f.size, 0);
}
