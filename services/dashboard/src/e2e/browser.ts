import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (tools/ci/install-debian-packages.sh); playwright never downloads a browser here. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Kept as CI artifacts (gitignored): one screenshot per test. */
export const SCREENSHOTS = path.join(process.cwd(), 'artifacts/screenshots');

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI needs Debian's chromium at ${CHROMIUM} (tools/ci/install-debian-packages.sh)`);
  console.warn(`[sitrep tests] ${CHROMIUM} is absent (apt-get install chromium): the dashboard browser suite is SKIPPED.`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** What a page did that a test should fail on: script errors, CSP refusals, requests leaving Sitrep. */
export interface PageWatch {
  problems: string[];
}

/**
 * A fresh page at a laptop (1366×768) or tablet (768×1024) size that records every script error,
 * Content-Security-Policy refusal and request to anywhere but Sitrep (the dashboard must work offline).
 */
export async function openPage(browser: Browser, baseUrl: string, size: { width: number; height: number } = LAPTOP): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: size });
  const watch: PageWatch = { problems: [] };
  page.on('pageerror', (error) => watch.problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) watch.problems.push(`CSP: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:')) watch.problems.push(`left Sitrep: ${url}`);
  });
  return { page, watch };
}

export const LAPTOP = { width: 1366, height: 768 };
export const TABLET = { width: 768, height: 1024 };

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
