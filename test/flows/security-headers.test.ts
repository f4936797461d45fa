import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { createHearth, type Hearth } from '../../src/hearth.ts';
import { createPersona } from '../support/personas.ts';
import type { TestResponse } from '../support/test-client.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

const setCookies = (response: TestResponse) => [response.headers['set-cookie'] ?? []].flat().map(String);

/** script-src / style-src / … of a Content-Security-Policy header, as lists of sources. */
function csp(response: { headers: Record<string, unknown> }): Map<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

function nonceOf(sources: string[] | undefined): string | undefined {
  return sources?.map((s) => /^'nonce-([^']+)'$/.exec(s)?.[1]).find(Boolean);
}

let hearth: TestHearth;
beforeAll(async () => {
  hearth = await startTestHearth();
});
afterAll(() => hearth.dispose());

describe('security headers', () => {
  it('serves the app page with a nonce CSP that matches every script tag', async () => {
    const first = await hearth.client().get('/');
    const second = await hearth.client().get('/some/app/route');
    expect(first.status).toBe(200);
    expect(String(first.headers['content-type'])).toMatch(/^text\/html/);
    for (const page of [first, second]) {
      const policy = csp(page);
      const scriptSrc = policy.get('script-src') ?? [];
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      const nonce = nonceOf(scriptSrc);
      expect(nonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
      const scriptTags = page.body.match(/<script\b[^>]*>/g) ?? [];
      for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
      const styleNonce = nonceOf(policy.get('style-src'));
      for (const tag of page.body.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [])
        expect(tag).toContain(`nonce="${styleNonce}"`);
    }
    expect(nonceOf(csp(first).get('script-src'))).not.toBe(nonceOf(csp(second).get('script-src')));
  });

  it('puts the nonce on inline and external scripts and stylesheets of a built app', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'hearth-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log("hi");');
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><html><head><script>window.boot = 1;</script>' +
        '<script type="module" src="/assets/app.js"></script><link rel="stylesheet" href="/assets/app.css">' +
        '</head><body><script src="/assets/app.js" defer></script></body></html>',
    );
    let db: TestDatabase | null = null;
    let built: Hearth | null = null;
    try {
      db = await openTestDatabase();
      const config = { ...loadConfig({}), demo: false, logLevel: 'silent' as const, databaseUrl: db.url };
      built = await createHearth({ config, database: db.database, work: false, logLevel: 'silent', webDir });
      const page = await built.app.inject({ method: 'GET', url: '/inbox' });
      const policy = csp(page);
      const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts).toHaveLength(3);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(policy.get('script-src'))}"`);
      expect(page.body).toMatch(
        new RegExp(`<link nonce="${nonceOf(policy.get('style-src'))}"[^>]*stylesheet`),
      );
      const asset = await built.app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['x-content-type-options']).toBe('nosniff');
    } finally {
      await built?.close();
      await db?.dispose();
      rmSync(webDir, { recursive: true, force: true });
    }
  });

  it.each([
    ['a JSON reply', '/api/site', 200],
    ['an error reply', '/api/me', 401],
    ['a not-found reply', '/api/nowhere', 404],
  ])('sends a CSP that allows nothing on %s', async (_what, url, status) => {
    const response = await hearth.client().get(url);
    expect(response.status).toBe(status);
    const policy = csp(response);
    // JSON is never rendered as a page: nothing may load or run from it, so it needs no nonce.
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.has('script-src')).toBe(false);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('sends no HSTS, no upgrade-insecure-requests and no Secure cookies over plain http', async () => {
    const client = hearth.client();
    const page = await client.get('/');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(csp(page).has('upgrade-insecure-requests')).toBe(false);
    const member = await createPersona(hearth.ctx, 'member');
    const signIn = await client.signIn(member.email, member.password);
    const session = setCookies(signIn).find((c) => c.startsWith('hearth_session='));
    expect(session).toBeDefined();
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it('sends HSTS and only Secure cookies when served over https', async () => {
    const secure = await startTestHearth({ publicUrl: 'https://community.example.com' });
    try {
      const client = secure.client();
      const page = await client.get('/');
      expect(String(page.headers['strict-transport-security'])).toMatch(/max-age=\d{6,}/);
      expect(csp(page).has('upgrade-insecure-requests')).toBe(true);
      const csrf = await client.get('/api/auth/csrf');
      const member = await createPersona(secure.ctx, 'member');
      const signIn = await client.signIn(member.email, member.password);
      expect(signIn.status).toBe(200);
      const session = setCookies(signIn).find((c) => c.startsWith('hearth_session='));
      expect(session).toMatch(/;\s*Secure/i);
      expect(session).toMatch(/;\s*HttpOnly/i);
      const cookies = [...setCookies(csrf), ...setCookies(signIn)];
      expect(cookies.length).toBeGreaterThanOrEqual(2);
      expect(cookies.filter((c) => !/;\s*Secure/i.test(c)).map((c) => c.split('=')[0])).toEqual([]);
    } finally {
      await secure.dispose();
    }
  });
});
