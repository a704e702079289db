import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Article, Citation, Report } from '../model/report.ts';
import { CHROMIUM_PATH, chromiumInstalled, launchChromium } from './browser.ts';
import { renderHtml } from './render-html.ts';

const filler = Array.from(
  { length: 40 },
  (_, i) => `Paragraph ${i + 1} of background about the harbour, its ferries and the long dispute over pay.`,
).join('\n\n');

// Emoji (surrogate pairs) before the quotes make UTF-16 offsets matter; the markup must stay text.
const herald: Article = {
  id: 'herald-1',
  source: 'inputs/herald.html',
  title: 'Ferries halted 🚢 as crews strike',
  outlet: 'Harbour Herald',
  published: '2024-05-02T08:00:00Z',
  byline: 'Ann Lee',
  text: `🚢⚓ Ferry crews walked out at dawn.\n\n${filler}\n\nA union spokesperson said 1,200 sailings were cancelled & staff <script>alert(1)</script> stayed home.\n\nTalks resume on Friday.`,
  removed: [{ text: 'Sign up for our newsletter', reason: 'boilerplate' }],
};

const courier: Article = {
  id: 'courier-7',
  source: 'inputs/courier.html',
  title: 'Operator says most ferries ran',
  outlet: 'Daily Courier',
  published: '2024-05-02T12:00:00Z',
  text: 'Harbour Ferries said on Thursday that about 40 sailings 🙂 were cancelled, far fewer than the union claimed.',
  removed: [],
};

function cite(article: Article, quote: string): Citation {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${article.id}: ${quote}`);
  return { articleId: article.id, start, end: start + quote.length, quote };
}

const unionQuote = cite(
  herald,
  'A union spokesperson said 1,200 sailings were cancelled & staff <script>alert(1)</script> stayed home.',
);
const operatorQuote = cite(courier, 'about 40 sailings 🙂 were cancelled');

const report: Report = {
  version: 1,
  articles: [herald, courier],
  stories: [
    {
      id: 'ferry-strike',
      title: 'Ferry strike',
      articleIds: [herald.id, courier.id],
      brief: [
        {
          text: 'Ferry crews went on strike on Thursday.',
          support: [cite(herald, 'Ferry crews walked out at dawn.')],
        },
        {
          text: 'The union and the operator disagree on how many sailings were cancelled.',
          support: [unionQuote, operatorQuote],
        },
      ],
      claims: [
        {
          id: 'c1',
          text: 'Sailings were cancelled.',
          status: 'contested',
          independentSources: 2,
          support: [unionQuote],
          conflicts: [
            { kind: 'numeric', note: 'The operator gives a far lower number', citations: [operatorQuote] },
          ],
        },
      ],
      figures: [
        {
          measure: 'sailings cancelled',
          status: 'conflicting',
          values: [
            { value: 1200, unit: 'sailings', asOf: '2024-05-02', support: [unionQuote] },
            { value: 40, qualifier: 'about', unit: 'sailings', support: [operatorQuote] },
          ],
        },
      ],
      timeline: [
        {
          date: '2024-05-02',
          text: 'Crews walk out.',
          support: [cite(herald, 'Ferry crews walked out at dawn.')],
        },
      ],
      entities: [
        {
          name: 'Harbour Ferries',
          type: 'organization',
          aliases: ['the operator'],
          articleIds: [courier.id],
        },
      ],
      provenance: [
        {
          articleId: herald.id,
          kind: 'first-report',
          target: herald.id,
          evidence: 'earliest publication time',
        },
        {
          articleId: courier.id,
          kind: 'cites',
          target: 'Harbour <Ferries> Ltd',
          evidence: 'credited in the text',
        },
      ],
    },
  ],
  problems: [{ source: 'inputs/empty.html', severity: 'warning', message: 'no article text found' }],
};

test('citations reveal the exact cited span in the reader panel', async (t) => {
  if (!chromiumInstalled()) {
    if (process.env.CI) assert.fail(`chromium is required at ${CHROMIUM_PATH} (apt-get install chromium)`);
    t.skip('chromium not installed: apt-get install chromium');
    return;
  }
  const browser = await launchChromium();
  assert.ok(browser, 'chromium launched');
  const dir = await mkdtemp(join(tmpdir(), 'corroborate-html-'));
  t.after(async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });
  const file = join(dir, 'report.html');
  await writeFile(file, renderHtml(report, { title: 'Ferry strike report' }));
  const url = pathToFileURL(file).href;

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(url);

  const brief = page.locator('.brief-text');
  assert.ok(await brief.isVisible(), 'brief visible');
  for (const sentence of report.stories[0].brief) {
    const shown = page.locator('.brief .sentence', { hasText: sentence.text });
    assert.equal(await shown.count(), 1, sentence.text);
    assert.ok(await shown.isVisible(), `visible: ${sentence.text}`);
  }
  assert.equal(await page.locator('#reader').isVisible(), false, 'reader closed at first');
  assert.equal(await page.locator('mark.quote-highlight').count(), 0);

  // The union's figure: deep in a long article, after surrogate pairs, containing markup-like text.
  await page.locator(`.brief .cite[data-article="${herald.id}"][data-start="${unionQuote.start}"]`).click();
  const mark = page.locator('mark.quote-highlight');
  await mark.waitFor({ state: 'visible' });
  assert.equal(await mark.textContent(), herald.text.slice(unionQuote.start, unionQuote.end));
  assert.equal(await mark.textContent(), unionQuote.quote);
  assert.equal(await page.locator('#reader').getAttribute('data-article'), herald.id);
  assert.equal(await page.locator('#reader .reader-text').textContent(), herald.text);
  assert.match((await page.locator('#reader .reader-title').textContent()) ?? '', /^\[1\] Ferries halted/);
  const inView = await mark.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const panel = (el.closest('.reader-text') as HTMLElement).getBoundingClientRect();
    return box.top >= panel.top && box.bottom <= panel.bottom && box.height > 0;
  });
  assert.ok(inView, 'highlight scrolled into view within the reader panel');
  assert.ok(await page.locator('#reader .reader-text').evaluate((el) => el.scrollTop > 0), 'panel scrolled');

  if (process.env.REPORT_SCREENSHOT) await page.screenshot({ path: process.env.REPORT_SCREENSHOT });

  // A citation of the other article switches the panel.
  await page.locator(`.claims .side.against .cite[data-article="${courier.id}"]`).click();
  await page.locator('#reader[data-article="courier-7"]').waitFor();
  assert.equal(await mark.count(), 1);
  assert.equal(await mark.textContent(), courier.text.slice(operatorQuote.start, operatorQuote.end));
  assert.ok(await mark.isVisible());
  assert.match(
    (await page.locator('#reader .reader-title').textContent()) ?? '',
    /^\[2\] Operator says most ferries ran/,
  );
  assert.equal(await page.locator('#reader .reader-text').textContent(), courier.text);
  assert.equal(await page.locator('.cite.active').count(), 1);

  // Opening an article from its source card shows it without a highlight; Escape closes the panel.
  await page.locator('.source-card .open-article[data-article="herald-1"]').click();
  await page.locator('#reader[data-article="herald-1"]').waitFor();
  assert.equal(await mark.count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#reader').isVisible(), false);

  // The sources × claims matrix: the ✗ of the article that only contradicts opens its exact passage.
  assert.ok(await page.locator('.matrix-table').isVisible(), 'matrix visible');
  assert.equal(await page.locator('.matrix-table .mx-row').count(), 1);
  const cross = page.locator(`.matrix-table .mx-cell.contradicts .cite[data-article="${courier.id}"]`);
  assert.equal(await cross.textContent(), '✗');
  await cross.click();
  await page.locator('#reader[data-article="courier-7"]').waitFor();
  assert.equal(await mark.count(), 1);
  assert.equal(await mark.textContent(), courier.text.slice(operatorQuote.start, operatorQuote.end));
  assert.equal(await mark.textContent(), operatorQuote.quote);
  assert.ok(await mark.isVisible());
  assert.ok(await cross.evaluate((el) => el.classList.contains('active')), 'the selected cell is marked');
  assert.match((await page.locator('#reader .reader-title').textContent()) ?? '', /^\[2\] Operator says/);

  // The ✓ of the other article opens its passage deep in the long text.
  const tick = page.locator(`.matrix-table .mx-cell.agrees .cite[data-article="${herald.id}"]`);
  assert.equal(await tick.textContent(), '✓');
  await tick.click();
  await page.locator('#reader[data-article="herald-1"]').waitFor();
  assert.equal(await mark.textContent(), unionQuote.quote);
  assert.ok(
    await mark.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const panel = (el.closest('.reader-text') as HTMLElement).getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom && box.height > 0;
    }),
    'matrix quote scrolled into view',
  );
  const background = (selector: string) =>
    page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await background('.mx-cell.agrees'), await background('.mx-cell.contradicts'));

  // The provenance graph: inline SVG; an article node opens its text, also from the keyboard.
  assert.ok(await page.locator('svg.pv-graph').isVisible(), 'provenance graph visible');
  assert.equal(await page.locator('svg.pv-graph .pv-node.article').count(), 2);
  assert.equal(await page.locator('svg.pv-graph .pv-node.external').count(), 1);
  assert.equal(
    await page.locator('svg.pv-graph .pv-node.external text').textContent(),
    'Harbour <Ferries> Ltd',
  );
  await page.locator('svg.pv-graph .pv-node.article[data-article="courier-7"]').click();
  await page.locator('#reader[data-article="courier-7"]').waitFor();
  assert.equal(await mark.count(), 0);
  await page.locator('svg.pv-graph .pv-node.article[data-article="herald-1"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#reader[data-article="herald-1"]').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#reader').isVisible(), false);

  assert.deepEqual(errors, [], 'no console errors');
  assert.deepEqual(dialogs, [], 'no script from article text ran');
  assert.ok(requests.length >= 1);
  assert.deepEqual(
    requests.filter((r) => r !== url),
    [],
    'no requests other than the page itself',
  );
});
