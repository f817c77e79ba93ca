import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';

// Debian's chromium; Playwright's own browser download is not used (see DESIGN.md).
// LOWBOY_CHROMIUM points elsewhere (a test of the missing-browser rule uses a path that does not exist).
const CHROMIUM_PATH = process.env.LOWBOY_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
const installHint = 'install it with `apt-get install -y chromium`';
// On a developer's machine the browser tests skip without Chromium; in CI a skipped suite would pass unseen.
const inCi = !!process.env.CI && !['0', 'false'].includes(process.env.CI);
if (!hasChromium && inCi)
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH} and CI=true: the browser tests must run; ${installHint}`,
  );
if (!hasChromium) console.warn(`Chromium not found: the browser tests are skipped; ${installHint}`);

export const DEMO_PASSWORD = 'lowboy-demo';
const SCREENSHOT_DIR = 'test-results';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Session = { context: BrowserContext; page: Page; problems: string[] };

/**
 * A fresh browser profile at a laptop-sized window. `problems` collects uncaught page errors and console
 * errors (CSP violations among them); each test asserts it stays empty. A 4xx answer the app expects
 * (401 from /api/me before sign-in, a wrong password) is logged by Chromium as a failed resource, not a
 * problem.
 */
export async function openSession(browser: Browser, baseURL: string): Promise<Session> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) return;
    problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Once toasts and modal transitions have ended, the picture shows what a person sees (endless animations
  // such as loaders don't count).
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    undefined,
    { timeout: 10_000 },
  );
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Signs in the way a person does in the demo: pick the profile, type the password, press Enter. */
export async function signInAs(page: Page, name: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.keyboard.press('Enter');
  await visible(page.getByRole('navigation', { name: 'Main' }));
}

/** What GET /api/me answers with this page's cookies. */
export function meStatus(page: Page): Promise<number> {
  return page.evaluate(async () => (await fetch('/api/me', { credentials: 'same-origin' })).status);
}

/** Waits until a person could see it (playwright-core has no `expect`; this is its web-first wait). */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
  return locator;
}

export async function hidden(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden', timeout: 10_000 });
}
