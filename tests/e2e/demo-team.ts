import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startE2eServer } from '../support/e2e-server';
import { launchBrowser, openSession, type Session, signInAs } from './browser';

export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** Calls the API with this page's session, the way the app does (same origin, JSON). */
export function apiOf(page: Page): Api {
  return (method, path, body) =>
    page.evaluate(
      async ({ method, path, body }) => {
        const response = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
        return text ? JSON.parse(text) : null;
      },
      { method, path, body },
    );
}

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/**
 * The story's stage: a real server on the demo organisation, one browser, and each named demo person signed in
 * in a profile of their own (in the order given), for the whole file.
 */
export function demoTeam<const Name extends string>(...names: Name[]) {
  let server: Awaited<ReturnType<typeof startE2eServer>> | undefined;
  let browser: Browser | undefined;
  const sessions = new Map<Name, Session>();
  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
    for (const name of names) {
      const session = await openSession(browser, server.url);
      await signInAs(session.page, name);
      sessions.set(name, session);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    /** The signed-in session of one of the named people. */
    as: (name: Name): Session => sessions.get(name)!,
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
