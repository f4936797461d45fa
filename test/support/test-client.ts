import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { HearthApp } from '../../src/http/types.ts';

export interface TestResponse {
  status: number;
  headers: LightMyRequestResponse['headers'];
  body: string;
  json<T = Record<string, unknown>>(): T;
  /** The error code of an error body, for terse assertions. */
  code: string | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** Send the CSRF token on a state-changing request (default true, like the web app does). */
  csrf?: boolean;
  /** Send the session cookie (default true). */
  cookies?: boolean;
}

/** Talks to the app in process like a browser does: keeps cookies, fetches and sends the CSRF token. */
export class TestClient {
  private readonly jar = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(
    private readonly app: HearthApp,
    readonly ip: string,
  ) {}

  get cookieHeader(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  get = (url: string, options: RequestOptions = {}) => this.request('GET', url, options);
  post = (url: string, body?: unknown, options: RequestOptions = {}) =>
    this.request('POST', url, { ...options, body });
  put = (url: string, body?: unknown, options: RequestOptions = {}) =>
    this.request('PUT', url, { ...options, body });
  patch = (url: string, body?: unknown, options: RequestOptions = {}) =>
    this.request('PATCH', url, { ...options, body });
  delete = (url: string, options: RequestOptions = {}) => this.request('DELETE', url, options);

  async request(method: Method, url: string, options: RequestOptions = {}): Promise<TestResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = await this.csrf();
    if (options.cookies !== false && this.jar.size > 0) headers.cookie = this.cookieHeader;
    const inject: InjectOptions = { method, url, headers, remoteAddress: this.ip };
    if (options.rawBody !== undefined) inject.payload = options.rawBody;
    else if (options.body !== undefined) inject.payload = options.body as InjectOptions['payload'];
    const response = await this.app.inject(inject);
    this.keepCookies(response);
    return toTestResponse(response);
  }

  async signIn(email: string, password: string): Promise<TestResponse> {
    const response = await this.post('/api/auth/signin', { email, password });
    this.csrfToken = null;
    return response;
  }

  private async csrf(): Promise<string> {
    if (this.csrfToken) return this.csrfToken;
    const response = await this.app.inject({
      method: 'GET',
      url: '/api/auth/csrf',
      headers: { cookie: this.cookieHeader },
      remoteAddress: this.ip,
    });
    this.keepCookies(response);
    this.csrfToken = response.json<{ token: string }>().token;
    return this.csrfToken;
  }

  /** Keeps cookie values exactly as sent (still URL-encoded), the way a browser stores them. */
  private keepCookies(response: LightMyRequestResponse): void {
    for (const header of [response.headers['set-cookie'] ?? []].flat()) {
      const [pair = '', ...attributes] = String(header).split(';');
      const split = pair.indexOf('=');
      const name = pair.slice(0, split).trim();
      const value = pair.slice(split + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
}

function toTestResponse(response: LightMyRequestResponse): TestResponse {
  let parsed: unknown;
  const json = <T>() => (parsed ??= JSON.parse(response.body)) as T;
  let code: string | undefined;
  try {
    code = (JSON.parse(response.body) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.statusCode, headers: response.headers, body: response.body, json, code };
}
