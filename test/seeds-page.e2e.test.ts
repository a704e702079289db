// The HTML page for the seed story in a real headless Chromium: the brief shows, and clicking a
// citation reveals the quoted sentence in its article.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, chromiumInstalled, launchChromium } from '../src/brief/browser.ts';
import type { Report } from '../src/model/report.ts';
import { corroborate, hasShared, SHARED, SHARED_MISSING } from './helpers.ts';

test('seeds page: brief visible, a citation click highlights the quote', {
  skip: !hasShared && SHARED_MISSING,
}, async (t) => {
  if (!chromiumInstalled()) {
    if (process.env.CI) assert.fail(`chromium is required at ${CHROMIUM_PATH} (apt-get install chromium)`);
    t.skip('chromium not installed: apt-get install chromium');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-page-'));
  const html = join(dir, 'seeds.html');
  const json = join(dir, 'seeds.json');
  assert.equal(corroborate(['analyze', join(SHARED, 'seeds'), '--format', 'html', '--out', html]).status, 0);
  assert.equal(corroborate(['analyze', join(SHARED, 'seeds'), '--format', 'json', '--out', json]).status, 0);
  const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
  const story = report.stories[0];
  const first = story.brief[0].support[0];

  const browser = await launchChromium();
  assert.ok(browser);
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) external.push(r.url());
  });
  await page.goto(pathToFileURL(html).href);
  assert.ok(await page.locator('.brief').first().isVisible(), 'brief visible');
  assert.ok(
    await page.getByText(story.brief[0].text.slice(0, 60)).first().isVisible(),
    'first brief sentence shown',
  );
  await page
    .locator(`.brief .cite[data-article="${first.articleId}"][data-start="${first.start}"]`)
    .first()
    .click();
  const mark = page.locator('mark.quote-highlight');
  await mark.waitFor({ state: 'visible' });
  assert.equal(await mark.textContent(), first.quote);
  assert.deepEqual(external, []);
});
