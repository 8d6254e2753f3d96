import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSitrep, createRunningRule, describeWithSyriaData, freePort, SITREP_BUNDLE, spawnSitrep, syriaDataDir, waitForOk, type SitrepProcess } from '@sitrep/testing';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium, openPage, screenshot, TABLET, type PageWatch } from './browser';
import { DashboardPage } from './dashboard-page';
import { hasakahPrisonReport, prisonRule, today } from './live-alert.fixture';
import { sitrepApi, until } from './sitrep-http';

const describeInBrowser = chromiumAvailable() ? describeWithSyriaData : describe.skip;
const HASAKAH_JANUARY = { admin1: 'SY-HA', from: '2022-01-01', to: '2022-01-31' };

/** The dashboard beside the test's sitrep bundle, where `sitrep start` looks for it first. */
function buildDashboard(): void {
  const out = path.join(path.dirname(SITREP_BUNDLE), 'dashboard');
  if (existsSync(path.join(out, 'index.html'))) return;
  const webpack = path.join(process.cwd(), 'node_modules/webpack/bin/webpack.js');
  execFileSync(process.execPath, [webpack, '--config', 'services/dashboard/webpack.config.cjs', '--output-path', out], { stdio: 'pipe' });
}

// Real Chromium against a real `sitrep start` (embedded default) holding the real Airwars Syria 2022
// incidents and the shipped demo data, imported with the CLI as a user would.
describeInBrowser('the analyst dashboard in Chromium, against a running Sitrep with the Airwars and demo data', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-dashboard-e2e-'));
  chmodSync(dataDir, 0o755);
  const apiKey = `sk_${randomBytes(6).toString('hex')}.${randomBytes(32).toString('base64url')}`;
  let server: SitrepProcess;
  let browser: Browser;
  let env: Record<string, string>;
  const pages: Array<{ page: Page; watch: PageWatch }> = [];

  const api = sitrepApi(() => server.baseUrl, apiKey);
  const cli = async (...args: string[]) => {
    const proc = spawnSitrep([...args, '--url', server.baseUrl], env, await freePort());
    if ((await proc.exited) !== 0) throw new Error(`sitrep ${args.join(' ')} failed:\n${proc.output()}`);
  };
  const signedIn = async (size?: { width: number; height: number }, hash = '') => {
    const opened = await openPage(browser, server.baseUrl, size);
    pages.push(opened);
    await opened.page.goto(`${server.baseUrl}/${hash}`);
    const dashboard = new DashboardPage(opened.page);
    await dashboard.signIn(apiKey);
    return dashboard;
  };

  beforeAll(async () => {
    buildSitrep();
    buildDashboard();
    env = { SITREP_DATA_DIR: dataDir, SITREP_EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn', SITREP_API_KEY: apiKey };
    server = spawnSitrep(['start'], env, await freePort());
    await waitForOk(`${server.baseUrl}/ready`, server);
    await cli('import', 'airwars', path.join(syriaDataDir() ?? '', 'airwars-incidents-syria-2022'));
    await cli('demo');
    // Projection is asynchronous: wait until the Airwars prison strike and the corrected demo incident are readable.
    await until('the Hasakah incidents to be projected', async () => {
      const { body } = await api('GET', '/v1/timeline?admin1=SY-HA&from=2022-01-01&to=2022-01-31&limit=100');
      const items = (body?.items ?? []) as Array<{ location: { placeName?: string }; version: number }>;
      return items.some((i) => i.location.placeName === "Al Sina'a Prison") && items.some((i) => i.version === 3);
    });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    if (server) expect(await server.exited).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  let prisonId = '';
  let laptop: DashboardPage;

  it('filters the timeline to Al Hasakah in January 2022 and finds the al-Sina’a prison incident', async () => {
    laptop = await signedIn();
    await laptop.filter(HASAKAH_JANUARY);
    const rows = laptop.rows();
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    for (const admin1 of await rows.locator('.row-admin1').allTextContents()) expect(admin1).toContain('Al Hasakah');
    for (const date of await rows.locator('.row-date').allTextContents()) expect(date).toMatch(/Jan 2022/);
    // The Airwars record (CS1976) of the coalition strikes at the prison.
    const prison = rows.filter({ hasText: "Al Sina'a Prison" }).filter({ hasText: 'U.S.-led Coalition' });
    expect(await prison.count()).toBe(1);
    prisonId = (await prison.getAttribute('data-incident-id')) ?? '';
    // Arabic place names are isolated and take their own direction.
    const arabic = rows.locator('.row-place bdi', { hasText: 'مخيم الهول' });
    expect(await arabic.getAttribute('dir')).toBe('auto');
    await screenshot(laptop.page, 'dashboard-timeline-hasakah-january-2022');
  }, 60_000);

  it('opens its detail: the report, its graded sources with links, the version history', async () => {
    await laptop.row(prisonId).locator('.row-button').click();
    const detail = await laptop.detail(prisonId);
    await expect(detail.locator('.report-head').first().textContent()).resolves.toContain('airwars CS1976');
    const sources = detail.locator('.source');
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await detail.locator('.source .grade').first().textContent()).toMatch(/^[A-F][1-6]$/);
    expect(await detail.locator('.source a', { hasText: 'source' }).first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await detail.locator('.source a', { hasText: 'archived' }).first().getAttribute('href')).toMatch(/archive\./);
    await expect(detail.locator('#versions-title').textContent()).resolves.toBe('Version history (1)');
    await expect(detail.locator('#duplicates-title').textContent()).resolves.toBe('Merged duplicates (0)');
    await screenshot(laptop.page, 'dashboard-incident-detail');
  }, 60_000);

  it('shows the incident highlighted on the map, and a point picked on the map selects its row', async () => {
    const point = laptop.mapPoint(prisonId);
    await expect(point.getAttribute('class')).resolves.toContain('selected');
    expect(await point.locator('.point-halo').count()).toBe(1);
    const [box, map] = [await point.boundingBox(), await laptop.page.locator('.map-canvas').boundingBox()];
    expect(box !== null && map !== null && box.x >= map.x && box.x + box.width <= map.x + map.width).toBe(true);
    await screenshot(laptop.page, 'dashboard-map-highlight');
    // The other way: al-Hol camp picked on the map (keyboard: focus the point, Enter).
    const hol = laptop.rows().filter({ hasText: 'al-Hol camp' });
    const holId = (await hol.getAttribute('data-incident-id')) ?? '';
    await laptop.mapPoint(holId).locator('.point-dot').focus();
    await laptop.page.keyboard.press('Enter');
    await laptop.detail(holId);
    await expect(laptop.row(holId).getAttribute('class')).resolves.toContain('selected');
    await expect(laptop.row(prisonId).getAttribute('class')).resolves.not.toContain('selected');
  }, 60_000);

  it('shows the corrected demo incident with every report, superseded ones included, and what each version changed', async () => {
    const corrected = laptop.rows().filter({ hasText: 'v3' }).filter({ hasText: "al-Sina'a prison" });
    const id = (await corrected.first().getAttribute('data-incident-id')) ?? '';
    await corrected.first().locator('.row-button').click();
    const detail = await laptop.detail(id);
    expect(await detail.locator('.report-superseded').count()).toBeGreaterThanOrEqual(1);
    expect(await detail.locator('.report-notes[lang="ar"]').getAttribute('dir')).toBe('auto');
    expect(await detail.locator('.changes td', { hasText: 'fatalities.best' }).count()).toBeGreaterThanOrEqual(1);
    await detail.locator('#versions-title').scrollIntoViewIfNeeded();
    await screenshot(laptop.page, 'dashboard-version-history');
    await laptop.page.keyboard.press('Escape');
    await laptop.page.waitForSelector('aside.detail', { state: 'detached' });
  }, 60_000);

  it('answers "as known at" a date before anything was received with an empty timeline', async () => {
    await laptop.filter({ asOf: '2022-01-21' });
    expect(await laptop.rows().count()).toBe(0);
    await expect(laptop.page.locator('.timeline .status-empty').textContent()).resolves.toContain('as known at that date');
    await laptop.filter({ asOf: '', admin1: '', from: '', to: '' });
    expect(await laptop.rows().count()).toBe(50);
    await laptop.page.locator('.timeline-list .incident-row').last().scrollIntoViewIfNeeded();
    await until('the next page of the timeline', async () => (await laptop.rows().count()) > 50, 20_000);
  }, 60_000);

  it('changes the actor charts when an actor is picked by alias', async () => {
    await laptop.tab('Actors');
    await laptop.pickActor('Turkish Armed Forces', 'ucdp:115');
    await laptop.page.waitForSelector('.actor-charts[data-actors="ucdp:115"]');
    const turkeyBars = await laptop.page.locator('.activity-bars rect.bar').count();
    expect(turkeyBars).toBeGreaterThan(10);
    expect(await laptop.page.locator('.heatmap-row').count()).toBe(1);
    await laptop.pickActor('YPG', 'sitrep:ypg');
    await laptop.page.waitForSelector('.actor-charts[data-actors="ucdp:115|sitrep:ypg"]');
    expect(await laptop.page.locator('.activity-bars').count()).toBe(2);
    expect(await laptop.page.locator('.heatmap-row').count()).toBe(2);
    expect(await laptop.page.locator('.activity-bars rect.bar').count()).toBeGreaterThan(turkeyBars);
    expect(await laptop.page.locator('.pairs tbody tr').count()).toBeGreaterThan(0);
    // Arabic aliases find actors too.
    await laptop.page.fill('#actor-search', 'قسد');
    await laptop.page.waitForSelector('.actor-result[data-actor-id="ucdp:6288"]');
    await laptop.page.fill('#actor-search', '');
    await screenshot(laptop.page, 'dashboard-actor-activity');
  }, 60_000);

  it('shows a new alert live after a matching report is posted', async () => {
    await createRunningRule(server.baseUrl, prisonRule, { apiKey });
    await laptop.tab('Alerts');
    await laptop.page.waitForSelector('[data-stream-status="live"]');
    await laptop.page.waitForSelector(`.rule[data-rule-id="${prisonRule.id}"]`);
    const report = hasakahPrisonReport(`dashboard-e2e-${Date.now()}`, today());
    expect((await api('POST', '/v1/reports', report)).status).toBe(202);
    const card = laptop.page.locator('.alert-list .alert-card.alert-live[data-alert-type="firing"]');
    await card.waitFor({ timeout: 30_000 });
    await expect(card.locator('.alert-head').textContent()).resolves.toContain(prisonRule.name);
    await card.locator('.evidence-button bdi', { hasText: "al-Sina'a prison" }).waitFor();
    await screenshot(laptop.page, 'dashboard-live-alert');
    await card.locator('.evidence-button').first().click();
    await expect(laptop.page.locator('aside.detail .report-head').first().textContent()).resolves.toContain(report.nativeId);
    await laptop.page.keyboard.press('Escape');
    // The backtest replays what was received in a window: around today, it finds the report just posted.
    await laptop.page.click(`.rule[data-rule-id="${prisonRule.id}"] .row-button`);
    await laptop.page.fill('#backtest-from', today(-1));
    await laptop.page.fill('#backtest-to', today(2));
    await laptop.page.click('.backtest-form button[type=submit]');
    const result = laptop.page.locator('.backtest-result');
    await result.waitFor();
    expect(Number(await result.getAttribute('data-firings'))).toBeGreaterThanOrEqual(1);
    await screenshot(laptop.page, 'dashboard-rule-backtest');
  }, 90_000);

  it('works at tablet width and from the keyboard: arrows walk the rows, Enter opens, Escape closes and gives focus back', async () => {
    const tablet = await signedIn(TABLET, '#/incidents?admin1=SY-HA&from=2022-01-01&to=2022-01-31');
    await tablet.timelineSettled();
    expect(await tablet.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(TABLET.width);
    await expect(tablet.page.locator('.map .point').count()).resolves.toBeGreaterThanOrEqual(10);
    await screenshot(tablet.page, 'dashboard-tablet');
    await tablet.rows().first().locator('.row-button').focus();
    await tablet.page.keyboard.press('ArrowDown');
    const second = (await tablet.rows().nth(1).getAttribute('data-incident-id')) ?? '';
    await tablet.page.keyboard.press('Enter');
    await tablet.detail(second);
    await tablet.page.keyboard.press('Escape');
    await tablet.page.waitForSelector('aside.detail', { state: 'detached' });
    expect(await tablet.page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-incident-id'))).toBe(second);
    await tablet.page.keyboard.press(' ');
    await tablet.detail(second);
    await screenshot(tablet.page, 'dashboard-tablet-detail');
  }, 60_000);

  it('sends a refused key back to the prompt with a clear message', async () => {
    const { page } = await openPage(browser, server.baseUrl);
    await page.goto(server.baseUrl);
    await page.evaluate(() => sessionStorage.setItem('sitrep.apiKey', 'sk_000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    await page.reload();
    await expect(page.locator('.sign-in [role="alert"]').first().textContent()).resolves.toContain('refused this API key (401');
    await screenshot(page, 'dashboard-sign-in-refused');
    await page.close();
  }, 60_000);

  it('loaded everything from Sitrep itself, with no script error or Content-Security-Policy refusal', () => {
    expect(pages.flatMap(({ watch }) => watch.problems)).toEqual([]);
  });
});
