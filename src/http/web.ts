import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { coreErrors } from '../core/errors.ts';
import { sendError } from './errors.ts';
import type { HearthApp } from './types.ts';

const missingBuild = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hearth</title></head>
<body><h1>Hearth</h1><p>The web app is not built yet. Run <code>npm start</code> (it builds it) or <code>npm run build</code>.</p></body></html>`;

/** Every script and stylesheet tag gets this response's CSP nonce; nothing inline runs without it. */
function withNonces(html: string, nonce: { script: string; style: string }): string {
  return html
    .replace(/<script\b/g, `<script nonce="${nonce.script}"`)
    .replace(/<link\b([^>]*rel="stylesheet")/g, `<link nonce="${nonce.style}"$1`);
}

/** Serves the built React app: hashed assets cached for a year, index.html for every app route. */
export async function registerWeb(app: HearthApp, webDistDir: string): Promise<void> {
  const indexPath = join(webDistDir, 'index.html');
  const hasBuild = existsSync(indexPath);
  const indexHtml = hasBuild ? readFileSync(indexPath, 'utf8') : missingBuild;
  if (hasBuild && existsSync(join(webDistDir, 'assets'))) {
    await app.register(fastifyStatic, {
      root: join(webDistDir, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }
  const sendApp = (reply: FastifyReply) => {
    const page = app.securityHeaders.page();
    return reply
      .headers(page.headers)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(withNonces(indexHtml, page.nonce));
  };

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const wantsPage =
      request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (wantsPage) return sendApp(reply);
    return sendError(
      reply,
      coreErrors.raise.ROUTE_NOT_FOUND({
        message: `There is no route ${request.method} ${request.url.split('?')[0]}.`,
      }),
    );
  });
}
