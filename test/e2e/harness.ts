import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/config/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

// A browser spec signs people in through real pages: it gets more time than a server test.
export const testTimeout = 30_000;
export const hookTimeout = 60_000;

/** One browser spec's world: the real app on a real port, one Chromium, and what its pages reported. */
export interface E2eWorld {
  hearth: TestHearth;
  baseUrl: string;
  /** A new visitor: a fresh browser profile (own cookies and storage) with one open tab. */
  newVisitor(): Promise<Page>;
  /** Every Content Security Policy violation any page of this world reported, in order. */
  cspViolations: string[];
  close(): Promise<void>;
}

// Chromium prints blocked resources to the console itself; the DOM event catches what it might not
// (e.g. inline style attributes), so nothing the policy blocks can go unnoticed.
const reportViolations = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('Content Security Policy violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI);
});`;

export async function startE2eWorld(overrides: Partial<Config> = {}): Promise<E2eWorld> {
  const hearth = await startTestHearth({ demo: false, ...overrides });
  let browser: Browser | undefined;
  try {
    await hearth.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = hearth.app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
    const cspViolations: string[] = [];
    const launched = browser;
    return {
      hearth,
      baseUrl,
      cspViolations,
      async newVisitor() {
        const context = await launched.newContext({ baseURL: baseUrl });
        await context.addInitScript(reportViolations);
        const page = await context.newPage();
        page.on('console', (message) => {
          const text = message.text();
          if (text.includes('Content Security Policy')) cspViolations.push(`${page.url()}: ${text}`);
        });
        return page;
      },
      async close() {
        await launched.close();
        await hearth.dispose();
      },
    };
  } catch (error) {
    await browser?.close();
    await hearth.dispose();
    throw error;
  }
}

/** Polling for `expect.poll`: what a person would wait for on a page, at most. */
export const poll = { timeout: 5_000, interval: 50 };

/** Starts one world for the calling spec file and closes it afterwards; call the result inside tests. */
export function useE2eWorld(overrides: Partial<Config> = {}): () => E2eWorld {
  let world: E2eWorld | undefined;
  beforeAll(async () => {
    world = await startE2eWorld(overrides);
  }, hookTimeout);
  afterAll(async () => {
    await world?.close();
  }, hookTimeout);
  return () => {
    if (!world) throw new Error('The browser world has not started');
    return world;
  };
}
