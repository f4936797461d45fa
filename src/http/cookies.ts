import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookie = 'hearth_session';

export interface CookieSettings {
  publicUrl: string;
  sessionTtlDays: number;
}

/** Secure whenever the browser talks to us over TLS, directly or through a trusted proxy. */
function isSecure(request: FastifyRequest, settings: CookieSettings): boolean {
  return request.protocol === 'https' || settings.publicUrl.startsWith('https:');
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  settings: CookieSettings,
): void {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, settings),
    maxAge: settings.sessionTtlDays * 86_400,
  });
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  settings: CookieSettings,
): void {
  reply.clearCookie(sessionCookie, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, settings),
  });
}

export function readSessionCookie(request: FastifyRequest): string | null {
  return request.cookies[sessionCookie] ?? null;
}

/** `Authorization: Bearer x` → x; no header → null; any other scheme → '' (an invalid token). */
export function readBearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}
