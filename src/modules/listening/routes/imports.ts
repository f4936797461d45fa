import { Transform, type Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../context.ts';
import type { HearthApp } from '../../../http/types.ts';
import { fail } from '../errors.ts';
import { formatOf, ImportHeaderError, readImport } from '../import/read-import.ts';
import { listeningPolicy } from '../policy.ts';
import { findSource } from '../queries/sources.ts';
import { importMentions, importSource } from '../use-cases/import-mentions.ts';

/** Uploads larger than this are refused part-way; the batches stored so far stay stored. */
export const importMaxBytes = 50 * 1024 * 1024;

const importQuery = z.object({
  sourceId: z.uuid().optional(),
  source: z.string().trim().min(1).max(80).optional(),
  /** The platform of rows that do not name one, for a new import source. */
  platform: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'A platform is a short lower-case word, like reviews or news.')
    .optional(),
});
const reportSchema = z.object({
  rows: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  routed: z.number().int(),
  invalid: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), error: z.string() })),
});

function limited(body: Readable): Readable {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > importMaxBytes) done(fail.IMPORT_TOO_LARGE());
      else done(null, chunk);
    },
  });
  body.on('error', (error) => counter.destroy(error));
  return body.pipe(counter);
}

/** Bulk import over HTTP: the file is the body (CSV or JSON lines), read as a stream. */
export function importRoutes(app: HearthApp, ctx: AppContext): void {
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/listening/imports',
      {
        bodyLimit: importMaxBytes,
        schema: {
          tags: ['listening settings'],
          summary: 'Import mentions from a CSV (text/csv) or JSON-lines (application/x-ndjson) body',
          querystring: importQuery,
          response: { 200: reportSchema },
        },
      },
      async (request) => {
        listeningPolicy.authorize(request.actor, 'configure');
        const format = formatOf(request.headers['content-type'] ?? '');
        if (!format) throw fail.IMPORT_FORMAT_UNKNOWN();
        const { sourceId, source: name, platform } = request.query;
        const source = sourceId
          ? await findSource(ctx.database.db, sourceId)
          : await importSource(ctx, name ?? 'Imports', platform);
        if (!source) throw fail.SOURCE_NOT_FOUND();
        if (source.archivedAt) throw fail.SOURCE_ARCHIVED();
        try {
          return await importMentions(ctx, source, readImport(limited(request.body as Readable), format));
        } catch (error) {
          if (error instanceof ImportHeaderError)
            throw fail.IMPORT_HEADER_INVALID({ message: error.message });
          throw error;
        }
      },
    );
  });
}
