import { launchBrowser, openSession } from '../tests/e2e/browser';
import { BENCH_PASSWORD } from './bench-people';

/**
 * The manager dashboard in Chromium, `runs` times, each in a fresh browser profile: sign in (the login API from
 * the page, as the form does), then open My day and time until the KPI cards and every chart show their
 * numbers — the heading there, the cards there, no loading skeleton left on the page.
 */
export async function timeDashboard(url: string, email: string, runs: number): Promise<number[]> {
  const browser = await launchBrowser();
  const out: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page, problems } = await openSession(browser, url);
      await page.goto('/login');
      const status = await page.evaluate(
        async ([e, p]) =>
          (
            await fetch('/api/auth/login', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email: e, password: p }),
            })
          ).status,
        [email, BENCH_PASSWORD],
      );
      if (status !== 200) throw new Error(`sign-in: ${status}`);
      const t0 = performance.now();
      await page.goto('/');
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Team dashboard') &&
          document.querySelectorAll('[role="group"][aria-label]').length >= 4 &&
          document.querySelectorAll('.mantine-Skeleton-root').length === 0,
        undefined,
        { timeout: 60_000, polling: 'raf' },
      );
      out.push(performance.now() - t0);
      if (problems.length) console.warn(problems.join('\n'));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
