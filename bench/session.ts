import { demoLogins } from '../src/modules/system/demo-logins.ts';

const admin = demoLogins.find((login) => login.role === 'admin');

/**
 * A browser-like client over real HTTP: keeps cookies and the CSRF token. `baseUrl` may change
 * between server restarts; the cookies stay valid because sessions and the signing secret live
 * in the database.
 */
export class Session {
  private readonly jar = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(public baseUrl: string) {}

  get cookieHeader(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async signInAsAdmin(): Promise<void> {
    if (!admin) throw new Error('No demo admin login');
    const response = await this.post('/api/auth/signin', { email: admin.email, password: admin.password });
    if (response.status !== 200)
      throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }

  async get(path: string): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: { cookie: this.cookieHeader },
      signal: AbortSignal.timeout(10_000),
    });
    this.keep(response);
    return response;
  }

  async post(path: string, body: unknown): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': await this.csrf(),
        cookie: this.cookieHeader,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    this.keep(response);
    return response;
  }

  private async csrf(): Promise<string> {
    if (this.csrfToken) return this.csrfToken;
    const response = await this.get('/api/auth/csrf');
    if (response.status !== 200) throw new Error(`GET /api/auth/csrf answered ${response.status}`);
    this.csrfToken = ((await response.json()) as { token: string }).token;
    return this.csrfToken;
  }

  private keep(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';', 1);
      const eq = pair.indexOf('=');
      if (eq > 0) this.jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
}
