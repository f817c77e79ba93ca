import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Multipart } from '@fastify/multipart';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError, badRequest } from '../../errors';
import { newId } from '../../ids';
import { makeImportFolder, removeImportFolder } from './storage';

export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

export type ReceivedUpload = {
  importId: string;
  /** Form file field → the name the person's file had, and its size. */
  files: Map<string, { fileName: string; size: number }>;
  fields: Record<string, string>;
};

/**
 * Streams a multipart form's files straight to the new import's folder (never the whole file in memory) under
 * the names `storeAs` gives, and collects its text fields. Unknown file fields are refused.
 */
export async function receiveUpload(
  ctx: AppContext,
  parts: AsyncIterableIterator<Multipart>,
  storeAs: Record<string, string>,
): Promise<ReceivedUpload> {
  const importId = newId();
  const folder = await makeImportFolder(ctx.config, importId);
  const upload: ReceivedUpload = { importId, files: new Map(), fields: {} };
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        upload.fields[part.fieldname] = String(part.value);
        continue;
      }
      const target = storeAs[part.fieldname];
      if (!target || upload.files.has(part.fieldname)) {
        part.file.resume();
        throw badRequest('unexpected_file', `Unexpected file field "${part.fieldname}".`);
      }
      const out = createWriteStream(join(folder, target));
      await pipeline(part.file, out);
      if (part.file.truncated) throw tooLarge();
      upload.files.set(part.fieldname, { fileName: part.filename || target, size: out.bytesWritten });
    }
    const missing = Object.keys(storeAs).filter((f) => !upload.files.has(f));
    if (missing.length)
      throw badRequest(
        'file_missing',
        `Attach the file${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`,
      );
    return upload;
  } catch (err) {
    await removeImportFolder(ctx.config, importId);
    if (err instanceof Error && 'code' in err && err.code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw err;
  }
}

const tooLarge = () =>
  new AppError(413, 'file_too_large', `Files up to ${MAX_UPLOAD_BYTES / 1024 ** 3} GB can be imported.`);

/** Form fields are text; this parses them with a zod schema into the same 400 the JSON routes give. */
export function parseFormFields<S extends z.ZodType>(schema: S, fields: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({
    path: ['body', ...i.path].join('.'),
    message: i.message,
  }));
  throw new AppError(400, 'validation_failed', `${details[0]!.path}: ${details[0]!.message}`, details);
}

/** Runs what follows an upload; if it refuses the upload, the stored files go too. */
export async function keepUploadOnlyIf<T>(
  ctx: AppContext,
  upload: ReceivedUpload,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    await removeImportFolder(ctx.config, upload.importId);
    throw err;
  }
}
