import { benchPassword } from './forum-data.ts';
import { Session } from './session.ts';

/** A bench member signed in over HTTP: the cookie to send, and the CSRF token writes need. */
export interface Client {
  cookie: string;
  csrf: string;
}

export async function signIn(origin: string, email: string): Promise<Client> {
  const session = new Session(origin);
  const response = await session.post('/api/auth/signin', { email, password: benchPassword });
  if (response.status !== 200)
    throw new Error(`Sign-in of ${email}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  // The token for the CSRF secret this session's cookie now holds.
  const csrf = await session.get('/api/auth/csrf');
  const { token } = (await csrf.json()) as { token: string };
  return { cookie: session.cookieHeader, csrf: token };
}

export function writeHeaders(client: Client): Record<string, string> {
  return { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' };
}

/** One request before the run: the mix must answer 200 (and find something) or the figure means nothing. */
export async function expectOk(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(`${origin}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}
