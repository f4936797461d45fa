import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodyProblem } from '../support/fuzz/error-body.ts';
import { describeRequest, requestsFor, type FuzzRequest } from '../support/fuzz/requests.ts';
import { routesOf, validates, type FuzzRoute } from '../support/fuzz/routes.ts';
import { signedIn } from '../support/personas.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/** Fixed, so a failure replays exactly; change it to explore further. */
const seed = 20_240_611;
const runsPerRoute = 24;
const minimumRequests = 1_000;

let hearth: TestHearth;
beforeAll(async () => {
  // The auth routes allow 10 attempts a minute per IP and per account (http-edges.test.ts checks
  // that). Here they would turn most sign-in/sign-up requests into 429 before validation runs, so
  // the limit is lifted for this file only. Workers are off so no job writes rows mid-request.
  hearth = await startTestHearth({ authRateLimitPerMinute: 1_000_000 }, { work: false });
});
afterAll(() => hearth.dispose());

/** Row counts (and the content of the few rows a failed request could half-change) of the guarded tables. */
async function snapshot(): Promise<string> {
  const { rows } = await hearth.ctx.database.sql.query(`
    select
      (select count(*)::int from users) as users,
      (select md5(coalesce(string_agg(id || name || role || status || email, ',' order by id), '')) from users) as user_rows,
      (select count(*)::int from sessions) as sessions,
      (select count(*)::int from sessions where revoked_at is null) as live_sessions,
      (select count(*)::int from api_tokens) as api_tokens,
      (select count(*)::int from api_tokens where revoked_at is null) as live_api_tokens,
      (select count(*)::int from one_time_tokens) as one_time_tokens,
      (select count(*)::int from invitations) as invitations,
      (select count(*)::int from invitations where revoked_at is null) as live_invitations,
      (select count(*)::int from site_settings) as site_settings,
      (select md5(coalesce(string_agg(key || value::text, ',' order by key), '')) from site_settings) as settings_rows`);
  return JSON.stringify(rows[0]);
}

interface Caller {
  name: 'anonymous' | 'admin';
  cookie: string;
  csrfToken: string;
}

/** Cookie and CSRF token of a fresh client, signed in as an admin or not signed in at all. */
async function caller(name: Caller['name']): Promise<Caller> {
  const client = hearth.client();
  if (name === 'admin') await signedIn(hearth.ctx, client, 'admin');
  const { token } = (await client.get('/api/auth/csrf')).json<{ token: string }>();
  return { name, cookie: client.cookieHeader, csrfToken: token };
}

function injectOptions(request: FuzzRequest, who: Caller): InjectOptions {
  const headers: Record<string, string> = { cookie: who.cookie };
  if (request.credentials !== 'no-csrf') headers['x-csrf-token'] = who.csrfToken;
  if (request.credentials === 'bogus-authorization') headers.authorization = 'Bearer hth_not-a-real-token';
  if (request.contentType !== null) headers['content-type'] = request.contentType;
  return {
    method: request.method as InjectOptions['method'],
    url: request.url,
    headers,
    remoteAddress: '10.250.0.1',
    ...(request.payload !== null ? { payload: request.payload } : {}),
  };
}

interface Outcome {
  request: string;
  status: number;
  code: string | undefined;
  problem: string | null;
}

/** Sends one request and checks it: no 5xx, the one error body, and a 4xx leaves the guarded rows alone. */
async function send(request: FuzzRequest, who: Caller): Promise<Outcome> {
  const before = await snapshot();
  const response = await hearth.app.inject(injectOptions(request, who));
  const described = describeRequest(request, who.name);
  let code: string | undefined;
  try {
    code = (JSON.parse(response.body) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  const outcome = { request: described, status: response.statusCode, code, problem: null as string | null };
  if (response.statusCode >= 500)
    outcome.problem = `answered ${response.statusCode}: ${response.body.slice(0, 300)}`;
  else if (response.statusCode >= 300 && request.method !== 'HEAD') {
    const shape = errorBodyProblem({ ...response, status: response.statusCode });
    if (shape) outcome.problem = `answered ${response.statusCode} without the error body: ${shape}`;
  }
  if (!outcome.problem && response.statusCode >= 400 && response.statusCode < 500) {
    const after = await snapshot();
    if (after !== before)
      outcome.problem = `answered ${response.statusCode} but changed rows: ${before} → ${after}`;
  }
  const setCookie = [response.headers['set-cookie'] ?? []].flat().join(' ');
  if (who.name === 'admin' && setCookie.includes('hearth_session='))
    Object.assign(who, await caller('admin'));
  return outcome;
}

function report(outcomes: Outcome[]): string {
  const failures = outcomes.filter((o) => o.problem);
  const kinds = new Map<string, Outcome>();
  for (const failure of failures) {
    const problem = failure.problem ?? '';
    const key = `${failure.status} ${/FST_\w+/.exec(problem)?.[0] ?? problem.slice(0, 40)}`;
    if (!kinds.has(key)) kinds.set(key, failure);
  }
  return (
    `${failures.length} of ${outcomes.length} requests broke a rule (seed ${seed}). First of each kind:\n` +
    [...kinds.values()].map((f) => `  - ${f.request}\n    → ${f.problem}`).join('\n')
  );
}

describe('fuzzing every route with malformed requests', () => {
  let routes: FuzzRoute[];
  const outcomes: Outcome[] = [];
  const byRoute = new Map<string, Outcome[]>();

  beforeAll(() => {
    routes = routesOf(hearth.app.swagger(), [
      { method: 'GET', path: '/api/events' },
      { method: 'GET', path: '/api/openapi.json' },
    ]);
  });

  it('finds the routes to fuzz in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes)
      expect(
        hearth.app.hasRoute({ method: route.method, url: route.path.replace(/\{(\w+)\}/g, ':$1') }),
        `${route.method} ${route.path}`,
      ).toBe(true);
  });

  it.each(['anonymous', 'admin'] as const)(
    'survives malformed requests as %s',
    { timeout: 120_000 },
    async (name) => {
      const who = await caller(name);
      const mine: Outcome[] = [];
      for (const [index, route] of routes.entries()) {
        // An admin's GET /api/events is a stream that stays open by design: only its refusals are fuzzed.
        const liveStream = route.path === '/api/events' && name === 'admin';
        const samples = fc.sample(requestsFor(route), {
          seed: seed + index + (name === 'admin' ? 10_000 : 0),
          numRuns: runsPerRoute,
        });
        for (const request of samples) {
          const opensStream =
            ['GET', 'HEAD'].includes(request.method) && request.credentials !== 'bogus-authorization';
          if (liveStream && opensStream) continue;
          const outcome = await send(request, who);
          mine.push(outcome);
          const key = `${route.method} ${route.path}`;
          byRoute.set(key, [...(byRoute.get(key) ?? []), outcome]);
        }
      }
      outcomes.push(...mine);
      expect(mine.filter((o) => o.problem).length, report(mine)).toBe(0);
      if (name === 'admin') {
        // The admin's own credentials held: intact requests were never turned away as anonymous.
        const anonymous = mine.filter(
          (o) => o.code === 'AUTH_REQUIRED' && o.request.includes('credentials intact'),
        );
        expect(anonymous.map((o) => o.request).slice(0, 3)).toEqual([]);
      }
    },
  );

  it('sent enough requests to every route and reached validation on each route that validates', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(minimumRequests);
    for (const route of routes) {
      const seen = byRoute.get(`${route.method} ${route.path}`) ?? [];
      expect(seen.length, `${route.method} ${route.path}`).toBeGreaterThanOrEqual(runsPerRoute);
      if (validates(route))
        expect(
          seen.some((o) => o.code === 'VALIDATION_FAILED'),
          `${route.method} ${route.path} never answered VALIDATION_FAILED`,
        ).toBe(true);
    }
    // No body managed to write onto Object.prototype (e.g. through a "__proto__" key).
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
