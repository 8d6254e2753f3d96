import type { Locator, Page } from 'playwright-core';

/** The dashboard as an analyst drives it: by labels, buttons and keys, never by calling its code. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async signIn(apiKey: string): Promise<void> {
    await this.page.fill('#api-key', apiKey);
    await this.page.click('button[type=submit]');
    await this.page.waitForSelector('.topbar');
  }

  async filter(values: { admin1?: string; from?: string; to?: string; asOf?: string; actor?: string; q?: string }): Promise<void> {
    if (values.admin1 !== undefined) await this.page.selectOption('#filter-admin1', values.admin1);
    for (const field of ['from', 'to', 'asOf', 'actor', 'q'] as const) {
      const value = values[field];
      if (value !== undefined) await this.page.fill(`#filter-${field}`, value);
    }
    await this.page.click('.filters button[type=submit]');
    await this.timelineSettled();
  }

  /** The timeline has answered: no "Loading" left in it. */
  async timelineSettled(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelector('.timeline .status-loading') === null && document.querySelector('.timeline-count') !== null);
  }

  rows(): Locator {
    return this.page.locator('.timeline-list .incident-row');
  }

  row(id: string): Locator {
    return this.page.locator(`.timeline-list .incident-row[data-incident-id="${id}"]`);
  }

  /** The detail panel once it shows the incident (not its loading state). */
  async detail(id: string): Promise<Locator> {
    const panel = this.page.locator(`aside.detail[data-incident-id="${id}"]`);
    await panel.locator('.facts').waitFor();
    return panel;
  }

  mapPoint(id: string): Locator {
    return this.page.locator(`.map .point[data-incident-id="${id}"]`);
  }

  async tab(name: 'Incidents' | 'Actors' | 'Alerts'): Promise<void> {
    await this.page.click(`.tabs a:has-text("${name}")`);
  }

  /** Search the actor picker and pick the result with this id. */
  async pickActor(search: string, id: string): Promise<void> {
    await this.page.fill('#actor-search', search);
    const result = this.page.locator(`.actor-result[data-actor-id="${id}"]`);
    await result.click();
  }
}
