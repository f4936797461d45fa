import fc from 'fast-check';
import type { FuzzRoute } from './routes.ts';

/** A request the fuzzer sends, described well enough to replay it by hand. */
export interface FuzzRequest {
  method: string;
  url: string;
  contentType: string | null;
  payload: string | Buffer | null;
  /** How the caller's credentials are bent: intact, no CSRF token, or a bogus Authorization header. */
  credentials: 'intact' | 'no-csrf' | 'bogus-authorization';
  kind: string;
}

export const hugeString = 'x'.repeat(100_000);
const hugeMultibyte = 'é'.repeat(50_000);

/** Byte sequences that are not UTF-8: truncated, overlong, stray continuation, surrogate, NUL. */
const badUtf8 = [
  [0xc3, 0x28],
  [0xff],
  [0xfe, 0xff],
  [0xa0, 0xa1],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0xbc],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0x00],
];

const weirdStrings = [
  '',
  ' ',
  '0',
  '-1',
  'null',
  'undefined',
  'true',
  'NaN',
  '1e309',
  "' or 1=1 --",
  '"; drop table users; --',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u0000',
  '\u202e',
  '😀'.repeat(40),
  '%',
  hugeString,
  hugeMultibyte,
];

const weirdPathParams = [
  'not-a-uuid',
  '0',
  '-1',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  '%C3%28',
  '%FF',
  '%E0%A4%A',
  '%00',
  '%2e%2e',
  '..',
  '%20',
  'a'.repeat(150),
  encodeURIComponent("' or 1=1 --"),
];

const contentTypes = [
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'json',
];

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const pathParam = fc.oneof(
  { weight: 4, arbitrary: fc.uuid() },
  { weight: 3, arbitrary: fc.constantFrom(...weirdPathParams) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
  {
    weight: 1,
    arbitrary: fc.string({ minLength: 90, maxLength: 200, unit: 'grapheme-ascii' }).map(encodeURIComponent),
  },
);

/** A field value: anything JSON, close-to-valid strings, wrong types, huge strings. */
function fieldValue(literals: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 2, arbitrary: fc.emailAddress() },
    { weight: 2, arbitrary: fc.constantFrom(...weirdStrings) },
    { weight: literals.length > 0 ? 2 : 0, arbitrary: fc.constantFrom('', ...literals) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  );
}

const extraKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'role', 'isAdmin', 'userId'),
);

/** An object built from the route's own body properties: some missing, some of the wrong type, some extra. */
function schemaShapedBody(route: FuzzRoute): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.fromEntries(
    (route.bodyProperties ?? []).map((key) => [key, fieldValue(route.literals)]),
  );
  return fc
    .tuple(
      fc.record(known, { requiredKeys: [] }),
      fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
      fc.boolean(),
    )
    .map(([fields, extra, withExtra]) => (withExtra ? { ...extra, ...fields } : fields));
}

function insertBytes(text: string, at: number, bytes: number[]): Buffer {
  const buffer = Buffer.from(text);
  const cut = Math.min(at, buffer.length);
  return Buffer.concat([buffer.subarray(0, cut), Buffer.from(bytes), buffer.subarray(cut)]);
}

/** Invalid UTF-8 inside a JSON string value (well-formed JSON otherwise), or anywhere in the body. */
function badUtf8Body(route: FuzzRoute): fc.Arbitrary<{ payload: Buffer; kind: string }> {
  return fc
    .tuple(schemaShapedBody(route), fc.constantFrom(...badUtf8), fc.nat(400), fc.boolean())
    .map(([body, bytes, at, insideString]) => {
      const text = JSON.stringify({ ...body, probe: 'ab' });
      if (insideString) {
        const probe = text.indexOf('"probe":"a') + '"probe":"a'.length;
        return { payload: insertBytes(text, probe, bytes), kind: 'bad UTF-8 in a string' };
      }
      return { payload: insertBytes(text, at, bytes), kind: 'bad UTF-8 anywhere' };
    });
}

type Body = { payload: string | Buffer | null; kind: string };

function bodyFor(route: FuzzRoute): fc.Arbitrary<Body> {
  const json = (kind: string) => (value: unknown) => ({ payload: JSON.stringify(value) ?? '', kind });
  return fc.oneof(
    { weight: 5, arbitrary: schemaShapedBody(route).map(json('schema-shaped')) },
    { weight: 3, arbitrary: fc.jsonValue().map(json('random JSON')) },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }).map(json('anything')) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...(route.bodyProperties?.length ? route.bodyProperties : ['data']))
        .map((key) => ({ payload: JSON.stringify({ [key]: hugeString }), kind: 'huge string' })),
    },
    { weight: 2, arbitrary: badUtf8Body(route) },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ payload: text, kind: 'not JSON' })),
    },
    { weight: 1, arbitrary: fc.constant({ payload: null, kind: 'no body' }) },
  );
}

function queryFor(route: FuzzRoute): fc.Arbitrary<string> {
  const keys = fc.oneof(
    fc.constantFrom('q', 'limit', 'cursor', ...route.queryParams),
    fc.string({ maxLength: 8 }),
  );
  const value = fc.oneof(
    fieldValue(route.literals).map((v) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))),
    fc.constantFrom('%ZZ', '%C3%28', '%FF', '%', '1e309', '-5', '101', '0', ''),
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    {
      weight: 5,
      arbitrary: fc
        .array(fc.tuple(keys, value), { maxLength: 4 })
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('&&&', '=', 'a[b]=1&a[c]=2', 'limit=1&limit=2', 'q=%E0%A4%A', '%%%'),
    },
  );
}

/** Malformed (and occasionally valid) requests aimed at one route. */
export function requestsFor(route: FuzzRoute): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 9, arbitrary: fc.constant(route.method) },
        { weight: 1, arbitrary: fc.constantFrom(...methods) },
      ),
      params: fc.array(pathParam, { minLength: route.pathParams.length, maxLength: route.pathParams.length }),
      query: queryFor(route),
      body: bodyFor(route),
      contentType: fc.oneof(
        { weight: 8, arbitrary: fc.constant('application/json') },
        { weight: 2, arbitrary: fc.constantFrom(...contentTypes) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      credentials: fc.oneof(
        { weight: 8, arbitrary: fc.constant('intact' as const) },
        { weight: 1, arbitrary: fc.constant('no-csrf' as const) },
        { weight: 1, arbitrary: fc.constant('bogus-authorization' as const) },
      ),
    })
    .map(({ method, params, query, body, contentType, credentials }) => {
      let path = route.path;
      route.pathParams.forEach((name, i) => (path = path.replace(`{${name}}`, params[i] ?? '')));
      const sendsBody = !['GET', 'HEAD', 'OPTIONS'].includes(method);
      return {
        method,
        url: query ? `${path}?${query}` : path,
        contentType: sendsBody && body.payload !== null ? contentType : null,
        payload: sendsBody ? body.payload : null,
        credentials,
        kind: sendsBody ? body.kind : 'query only',
      };
    });
}

/** A one-line account of a request for a failure message. */
export function describeRequest(request: FuzzRequest, who: string): string {
  const payload =
    request.payload === null
      ? '(no body)'
      : Buffer.isBuffer(request.payload)
        ? `bytes ${request.payload.toString('hex').slice(0, 160)}`
        : JSON.stringify(request.payload.slice(0, 200)) + (request.payload.length > 200 ? '…' : '');
  return (
    `${who} ${request.method} ${request.url.slice(0, 200)} [${request.kind}; credentials ${request.credentials}; ` +
    `content-type ${request.contentType ?? '(none)'}] ${payload}`
  );
}
