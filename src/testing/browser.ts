/**
 * A real browser for tests: the operating system's Chromium (Debian's `chromium` package, which
 * `.ci/run` installs) driven by playwright-core over its executable path; Playwright's own browser
 * downloads cannot reach the network here. A missing Chromium is an error naming the package, never a
 * silent skip. The browser is headless and closed by the caller (`close()` has its own deadline).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];
const CLOSE_DEADLINE_MS = 10_000;

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const found = [env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error(`no Chromium found (looked at ${CANDIDATES.join(', ')}): install the Debian package \`chromium\` (.ci/run does), or set CHROMIUM_PATH`);
  return found;
}

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function startBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in a container has no user namespace for the sandbox; the pages are the test's own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-extensions'],
    timeout: 60_000,
  });
  return {
    browser,
    async close() {
      await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_DEADLINE_MS).unref())]);
    },
  };
}
