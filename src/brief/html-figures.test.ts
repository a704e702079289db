import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Citation, Story } from '../model/report.ts';
import { StoryContext } from './html-context.ts';
import {
  figureValueText,
  formatFigureValue,
  formatNumber,
  formatShare,
  fractionName,
  magnitudeWords,
  renderFigures,
} from './html-figures.ts';

test('shares read as simple fractions and whole percentages', () => {
  assert.equal(fractionName(0.333333), 'one-third');
  assert.equal(fractionName(0.666667), 'two-thirds');
  assert.equal(fractionName(0.5), 'one-half');
  assert.equal(fractionName(0.75), 'three-quarters');
  assert.equal(fractionName(0.2), 'one-fifth');
  assert.equal(fractionName(0.42), undefined);
  assert.equal(fractionName(1), undefined);
  assert.equal(formatShare(0.333333), '33%');
  assert.equal(formatShare(0.666667), '67%');
  assert.equal(formatShare(0.42), '42%');
  assert.equal(formatShare(0.1234), '12.3%');
  assert.deepEqual(
    formatFigureValue({ value: 0.333333, unit: 'share', qualifier: 'approximately', support: [] }),
    {
      qualifier: 'approximately',
      number: 'one-third',
      alt: '33%',
    },
  );
  assert.equal(figureValueText({ value: 0.333333, unit: 'share', support: [] }), 'one-third (33%)');
  assert.equal(figureValueText({ value: 0.42, unit: 'share', support: [] }), '42%');
});

test('large numbers get thousands separators; currencies and percent signs attach', () => {
  assert.equal(formatNumber(1200), '1,200');
  assert.equal(formatNumber(2000000), '2,000,000');
  assert.equal(formatNumber(12.5), '12.5');
  assert.equal(magnitudeWords(2000000), '2 million');
  assert.equal(magnitudeWords(1250000000), '1.25 billion');
  assert.equal(magnitudeWords(1234567), undefined);
  assert.equal(magnitudeWords(250000), undefined);
  assert.equal(
    figureValueText({ value: 2000000, unit: '£', qualifier: 'more than', support: [] }),
    'more than £2,000,000 (£2 million)',
  );
  assert.equal(figureValueText({ value: 250000, unit: '£', support: [] }), '£250,000');
  assert.equal(figureValueText({ value: 50, unit: '%', support: [] }), '50%');
  assert.equal(figureValueText({ value: 12000, qualifier: 'up to', support: [] }), 'up to 12,000');
  assert.equal(
    figureValueText({ value: 30, unit: 'metre', qualifier: 'about', support: [] }),
    'about 30 metre',
  );
});

const one: Article = {
  id: 'one',
  source: 'one.txt',
  outlet: 'One <Times>',
  text: 'About a third of the 4,000 troops were lost. Later, 4,000 were lost.',
  removed: [],
};
const two: Article = {
  id: 'two',
  source: 'two.txt',
  text: 'Two-thirds were lost, officials said.',
  removed: [],
};

function cite(from: Article, quote: string): Citation {
  const start = from.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${from.id}: ${quote}`);
  return { articleId: from.id, start, end: start + quote.length, quote };
}

function context(): StoryContext {
  const story: Story = {
    id: 's',
    title: 'Losses',
    articleIds: ['one', 'two'],
    brief: [],
    claims: [],
    figures: [
      {
        measure: 'share <lost>',
        status: 'conflicting',
        values: [
          { value: 0.333333, unit: 'share', qualifier: 'about', support: [cite(one, 'About a third')] },
          { value: 0.666667, unit: 'share', support: [cite(two, 'Two-thirds were lost')] },
        ],
      },
      {
        measure: 'troops lost',
        status: 'changing',
        values: [
          {
            value: 4000,
            asOf: '2025-02',
            support: [cite(one, 'the 4,000 troops'), cite(one, 'Later, 4,000'), cite(two, 'Two-thirds')],
          },
        ],
      },
    ],
    timeline: [],
    entities: [],
    provenance: [],
  };
  return new StoryContext(story, 0, new Map([one, two].map((x) => [x.id, x])));
}

test('each figure lists every value with status, as-of date and the sources giving it', () => {
  const html = renderFigures(context());
  assert.match(html, /<h3>Figures <span class="count">2<\/span><\/h3>/);
  assert.ok(
    html.includes('<span class="badge bad">1 conflicting</span> <span class="badge warn">1 changing</span>'),
  );
  assert.match(
    html,
    /<tbody class="fig conflicting"><tr><th scope="rowgroup" rowspan="2">share &lt;lost&gt;<\/th>/,
  );
  assert.match(html, /<span class="badge bad" title="sources give different values">conflicting<\/span>/);
  assert.match(html, /<span class="badge warn" title="the value changed over time">changing<\/span>/);
  assert.ok(
    html.includes(
      '<span class="qualifier">about</span> <strong>one-third</strong> <span class="alt">(33%)</span>',
    ),
  );
  assert.ok(html.includes('<strong>two-thirds</strong> <span class="alt">(67%)</span>'));
  assert.ok(html.includes('<strong>4,000</strong>'));
  assert.ok(html.includes('<time>2025-02</time>'));
  // One marker per source, the earliest passage; the others are counted in its tooltip.
  const q = cite(one, 'the 4,000 troops');
  assert.ok(html.includes(`data-article="one" data-start="${q.start}" data-end="${q.end}" data-n="1"`));
  assert.ok(html.includes('(and 1 other passage)'));
  assert.ok(!html.includes(`data-start="${one.text.indexOf('Later, 4,000')}"`));
  assert.ok(html.includes('<span class="muted small">2 sources</span>'));
  assert.ok(html.includes('<span class="muted small">1 source</span>'));
  assert.ok(html.includes('One &lt;Times&gt;'));
  assert.ok(!html.includes('<lost>') && !html.includes('<Times>'));
});
