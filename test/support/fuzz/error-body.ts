/**
 * The one error body of DESIGN §4: `{ error: { code, message, fields?: [{ path, message }] } }`,
 * nothing more. Returns what is wrong with a response, or null when it has exactly that shape.
 */
export function errorBodyProblem(response: {
  status: number;
  headers: Record<string, unknown>;
  body: string;
}): string | null {
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) return `content-type is ${JSON.stringify(type)}, not JSON`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    return `body is not JSON: ${response.body.slice(0, 200)}`;
  }
  if (!isObject(parsed) || !sameKeys(parsed, ['error']))
    return `top level is not { error }: ${response.body.slice(0, 300)}`;
  const error = parsed.error;
  if (!isObject(error)) return 'error is not an object';
  const allowed = ['code', 'message', 'fields'];
  const extra = Object.keys(error).filter((key) => !allowed.includes(key));
  if (extra.length > 0) return `error has extra keys ${extra.join(', ')}`;
  if (typeof error.code !== 'string' || !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(error.code))
    return `error.code ${JSON.stringify(error.code)} is not SCREAMING_SNAKE with an area prefix`;
  if (typeof error.message !== 'string' || error.message === '')
    return 'error.message is not a non-empty string';
  if (error.fields !== undefined) {
    if (!Array.isArray(error.fields) || error.fields.length === 0)
      return 'error.fields is not a non-empty array';
    for (const field of error.fields as unknown[]) {
      if (!isObject(field) || !sameKeys(field, ['message', 'path']))
        return `bad field ${JSON.stringify(field)}`;
      if (typeof field.path !== 'string' || typeof field.message !== 'string')
        return `field path/message are not strings: ${JSON.stringify(field)}`;
    }
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(value: Record<string, unknown>, keys: string[]): boolean {
  return JSON.stringify(Object.keys(value).sort()) === JSON.stringify([...keys].sort());
}
