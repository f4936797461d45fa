import type { Page } from 'playwright-core';
import type { Persona } from '../../support/personas.ts';
import type { E2eWorld } from '../harness.ts';
import { AppShell } from './app-shell.ts';
import { SignInPage } from './sign-in-page.ts';

/** A person signed in through the sign-in page, in a browser profile of their own, with live updates flowing. */
export async function signInAs(world: E2eWorld, persona: Persona, path = '/inbox'): Promise<Page> {
  const page = await world.newVisitor();
  const shell = new AppShell(page);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(persona.email, persona.password);
  await shell.waitUntilSignedInAs(persona.name);
  if (path !== '/inbox') await page.goto(path);
  await shell.waitUntilLive();
  return page;
}
