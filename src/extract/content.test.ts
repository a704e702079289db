import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ContentLine, findContent, furnitureOf } from './content.ts';
import { parseDocument } from './dom.ts';

const P = [
  'The ferry link between Port Alder and Greywick island resumed service on Thursday, three weeks after a storm damaged the pier.',
  'Engineers replaced two steel piles and the landing ramp, the harbour authority said in a statement, and divers checked the rest of the structure.',
  'Passengers queued from six in the morning for the first crossing, which left on time, according to the operator, Greywick Ferries.',
  'The operator said tickets bought for the cancelled crossings would be refunded in full by the end of the month.',
];
const paras = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('\n');
const kept = (lines: ContentLine[]) => lines.filter((l) => !l.dropped).map((l) => l.text);
const run = (html: string) => findContent(parseDocument(html).root);

const PAGE = (
  article: string,
  extra = '',
) => `<!doctype html><html><head><title>Ferry back</title></head><body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <div class="layout">
    <div class="main">${article}</div>
    <aside class="sidebar"><h3>Most read</h3><ul>
      <li><a href="/news/2025/10/council-budget-vote-delayed-again">Council budget vote delayed again after long debate</a></li>
      <li><a href="/news/2025/10/new-school-opens-in-saltings">New school opens in Saltings with three hundred pupils</a></li>
    </ul></aside>
  </div>${extra}
  <footer><p>© 2025 Harbour Post. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;

test('the article container is found; navigation, sidebar and footer are outside, with reasons', () => {
  const r = run(PAGE(`<article><h1>Ferry back</h1>${paras(P)}</article>`));
  assert.deepEqual(kept(r.lines).slice(1), P);
  assert.ok(r.outside.some((o) => /Most read/.test(o.text) && /aside/.test(o.reason)));
  assert.ok(r.outside.some((o) => /All rights reserved/.test(o.text)));
  assert.ok(r.outside.some((o) => o.text.includes('Home') && /nav/.test(o.reason)));
});

test('a list of teasers (linked headlines with a standfirst) after the article is dropped, not read as prose', () => {
  const teaser = (slug: string, head: string, dek: string) =>
    `<div class="card"><a href="/news/2025/10/${slug}"><h4>${head}</h4></a><p>${dek}</p></div>`;
  const more = `<section class="more">
    ${teaser('storm-warning-for-coast', 'Storm warning for the coast', 'Forecasters expect gusts of up to 70mph along the coast on Friday night, with flooding likely in low areas.')}
    ${teaser('lifeboat-crew-honoured', 'Lifeboat crew honoured', 'The volunteer crew was recognised for a night rescue of four fishermen in heavy seas off the point last winter.')}
    ${teaser('harbour-fees-to-rise', 'Harbour fees to rise', 'Mooring charges will go up by eight per cent next year, the harbour board decided at a meeting on Tuesday evening.')}
  </section>`;
  const r = run(PAGE(`<article>${paras(P)}</article>${more}`));
  assert.deepEqual(kept(r.lines), P);
  const dropped = [...r.lines.filter((l) => l.dropped), ...r.outside];
  assert.ok(
    dropped.some((l) => /Forecasters expect gusts/.test(l.text)),
    'the teaser text is reported',
  );
});

test('a container with a furniture-like class name that holds the prose is still read', () => {
  const html = `<html><body><div class="page-ad-margins"><div class="content-with-sidebar"><div class="story">${paras(P)}</div></div></div>
    <div class="ad-slot"><p>Advertisement</p></div></body></html>`;
  assert.deepEqual(kept(run(html).lines), P);
});

test('comments, share bars and link lists inside the container are dropped with a reason', () => {
  const article = `<div class="story">${paras(P.slice(0, 2))}
    <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
    <p><a href="/a">Ferry timetable</a> · <a href="/b">Island guide</a> · <a href="/c">Parking</a></p>
    ${paras(P.slice(2))}
    <div id="comments"><h3>3 comments</h3><p>Great news, my family has waited weeks for this crossing to reopen, finally.</p></div></div>`;
  const r = run(`<html><body>${article}</body></html>`);
  assert.deepEqual(kept(r.lines), P);
  const reasons = r.lines.filter((l) => l.dropped).map((l) => `${l.dropped}: ${l.text}`);
  assert.ok(reasons.some((x) => /share/.test(x) && /Facebook/.test(x)));
  assert.ok(reasons.some((x) => /link list/.test(x) && /timetable/.test(x)));
  assert.ok(reasons.some((x) => /comments/.test(x) && /waited weeks/.test(x)));
});

test('a "Related" or "You may also like" heading ends the article in its container', () => {
  for (const heading of ['Related stories', 'You may also like', 'Leia também']) {
    const r = run(
      `<html><body><div class="post">${paras(P.slice(0, 3))}<h3>${heading}</h3><p>Island bakery wins regional award for its sourdough, judges said on Monday evening in town.</p></div></body></html>`,
    );
    assert.deepEqual(kept(r.lines), P.slice(0, 3), heading);
  }
  // a subheading that is not such a marker does not end the article
  const r = run(
    `<html><body><div class="post">${paras(P.slice(0, 2))}<h2>Repairs</h2>${paras(P.slice(2))}</div></body></html>`,
  );
  assert.deepEqual(kept(r.lines), [...P.slice(0, 2), 'Repairs', ...P.slice(2)]);
  assert.equal(r.lines.find((l) => l.text === 'Repairs')?.hint, 'heading');
});

test('captions are marked as captions; a quoted post in a social embed wrapper is kept', () => {
  const html = `<html><body><div class="story">${paras(P.slice(0, 2))}
    <figure><img src="f.jpg"><figcaption>The ferry leaving Port Alder on Thursday morning.</figcaption></figure>
    <div class="social-embed"><blockquote class="twitter-tweet"><p>First crossing in three weeks, and the queue went all the way back to the car park this morning!</p></blockquote></div>
    ${paras(P.slice(2))}</div></body></html>`;
  const r = run(html);
  assert.equal(r.lines.find((l) => /ferry leaving/.test(l.text))?.hint, 'caption');
  assert.ok(kept(r.lines).some((t) => /queue went all the way/.test(t)));
});

test('a page with no article (navigation and link lists only) gives no lines, and all its text is reported', () => {
  const html = `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <ul>${['Weather', 'Traffic', 'Sport', 'Jobs', 'Contact us'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('')}</ul>
    <footer>© 2025 Harbour Post</footer></body></html>`;
  const r = run(html);
  assert.deepEqual(kept(r.lines), []);
  assert.ok(r.outside.some((o) => o.text.includes('Traffic')));
});

test('furnitureOf: tags, roles, hidden elements and class names; body names are never furniture', () => {
  const el = (tag: string, attrs: Record<string, string> = {}) => ({
    tag,
    attrs,
    children: [],
    parent: undefined,
  });
  assert.match(furnitureOf(el('nav'))?.reason ?? '', /nav/);
  assert.ok(furnitureOf(el('div', { role: 'navigation' })));
  assert.ok(furnitureOf(el('div', { style: 'display: none' })));
  assert.ok(furnitureOf(el('div', { class: 'comments-list' })));
  assert.equal(furnitureOf(el('div', { class: 'sidebarWidget' }))?.soft, true);
  assert.equal(furnitureOf(el('div', { class: 'article-body share-enabled' })), undefined);
  assert.equal(furnitureOf(el('div', { class: 'commentary' })), undefined);
  assert.equal(furnitureOf(el('p')), undefined);
});
