// Figures: every value of every measure, with qualifier, unit, as-of date and the sources giving it.
import type { Figure, FigureValue } from '../model/report.ts';
import { escapeHtml, plural, type StoryContext, section } from './html-context.ts';

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const percentFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Thousands separators, up to six decimals: 2000000 → "2,000,000". */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? numberFormat.format(value) : String(value);
}

const NUMERATOR = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DENOMINATOR: Record<number, [string, string]> = {
  2: ['half', 'halves'],
  3: ['third', 'thirds'],
  4: ['quarter', 'quarters'],
  5: ['fifth', 'fifths'],
  8: ['eighth', 'eighths'],
  10: ['tenth', 'tenths'],
};

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The name of a simple fraction close to `value` ("one-third", "two-thirds"), if there is one. */
export function fractionName(value: number): string | undefined {
  if (!(value > 0 && value < 1)) return undefined;
  for (const d of [2, 3, 4, 5, 8, 10]) {
    for (let n = 1; n < d; n++) {
      if (gcd(n, d) !== 1) continue;
      if (Math.abs(value - n / d) < 0.0015) return `${NUMERATOR[n]}-${DENOMINATOR[d][n === 1 ? 0 : 1]}`;
    }
  }
  return undefined;
}

/** A share (0.333333) as a percentage ("33%"); simple fractions round to whole percent. */
export function formatShare(value: number): string {
  const pct = value * 100;
  return `${fractionName(value) ? Math.round(pct) : percentFormat.format(pct)}%`;
}

const MAGNITUDE: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "2 million" for 2000000, "1.25 billion" for 1250000000; nothing below a million. */
export function magnitudeWords(value: number): string | undefined {
  const abs = Math.abs(value);
  for (const [size, word] of MAGNITUDE) {
    if (abs < size) continue;
    const scaled = value / size;
    if (Math.abs(scaled * 100 - Math.round(scaled * 100)) > 1e-6) return undefined;
    return `${numberFormat.format(scaled)} ${word}`;
  }
  return undefined;
}

const CURRENCY = /^[A-Z]{0,2}[£$€¥₹]$/;

export interface FormattedValue {
  qualifier?: string;
  /** The number as shown, with any currency sign or percent sign attached. */
  number: string;
  /** A unit shown after the number. */
  unit?: string;
  /** Another way of reading the number, e.g. "33%" for one-third or "2 million". */
  alt?: string;
}

export function formatFigureValue(value: FigureValue): FormattedValue {
  const out: FormattedValue = { number: formatNumber(value.value) };
  if (value.qualifier) out.qualifier = value.qualifier;
  const unit = value.unit?.trim();
  if (unit === 'share' || unit === 'fraction') {
    const name = fractionName(value.value);
    out.number = name ?? formatShare(value.value);
    if (name) out.alt = formatShare(value.value);
    return out;
  }
  if (unit && CURRENCY.test(unit)) out.number = `${unit}${out.number}`;
  else if (unit === '%' || /^per ?cent$/i.test(unit ?? '')) out.number = `${out.number}%`;
  else if (unit) out.unit = unit;
  const words = magnitudeWords(value.value);
  if (words) out.alt = unit && CURRENCY.test(unit) ? `${unit}${words}` : words;
  return out;
}

/** The value as plain text: "about one-third (33%)", "£2,000,000 (£2 million)", "40 sailings". */
export function figureValueText(value: FigureValue): string {
  const f = formatFigureValue(value);
  return [f.qualifier, f.number, f.unit, f.alt ? `(${f.alt})` : undefined].filter(Boolean).join(' ');
}

function figureValueHtml(value: FigureValue): string {
  const f = formatFigureValue(value);
  const parts: string[] = [];
  if (f.qualifier) parts.push(`<span class="qualifier">${escapeHtml(f.qualifier)}</span>`);
  parts.push(`<strong>${escapeHtml(f.number)}</strong>`);
  if (f.unit) parts.push(`<span class="unit">${escapeHtml(f.unit)}</span>`);
  if (f.alt) parts.push(`<span class="alt">(${escapeHtml(f.alt)})</span>`);
  return `<span class="fig-value" title="${escapeHtml(`recorded value: ${value.value}${value.unit ? ` ${value.unit}` : ''}`)}">${parts.join(' ')}</span>`;
}

export const FIGURE_BADGE: Record<Figure['status'], string> = {
  consistent: 'ok',
  conflicting: 'bad',
  changing: 'warn',
};

const STATUS_HINT: Record<Figure['status'], string> = {
  consistent: 'all sources give the same value',
  conflicting: 'sources give different values',
  changing: 'the value changed over time',
};

function distinctArticles(value: FigureValue): number {
  return new Set(value.support.map((c) => c.articleId)).size;
}

export function renderFigures(ctx: StoryContext): string {
  const figures = ctx.story.figures;
  if (figures.length === 0) return '';
  const groups: string[] = [];
  for (const figure of figures) {
    const values = figure.values.length ? figure.values : [undefined];
    const span = values.length > 1 ? ` rowspan="${values.length}"` : '';
    const rows = values.map((value, i) => {
      const head =
        i === 0
          ? `<th scope="rowgroup"${span}>${escapeHtml(figure.measure)}</th>` +
            `<td${span}><span class="badge ${FIGURE_BADGE[figure.status]}" title="${STATUS_HINT[figure.status]}">${escapeHtml(figure.status)}</span></td>`
          : '';
      if (!value) return `<tr>${head}<td class="muted">—</td><td></td><td></td></tr>`;
      const n = distinctArticles(value);
      const asOf = value.asOf ? `<time>${escapeHtml(value.asOf)}</time>` : '<span class="muted">—</span>';
      return (
        `<tr>${head}<td>${figureValueHtml(value)}</td><td>${asOf}</td>` +
        `<td>${ctx.sourceCites(value.support)} <span class="muted small">${n ? plural(n, 'source', 'sources') : 'no source'}</span></td></tr>`
      );
    });
    groups.push(`<tbody class="fig ${figure.status}">${rows.join('')}</tbody>`);
  }
  const counts = (['conflicting', 'changing', 'consistent'] as const)
    .map((status) => [status, figures.filter((f) => f.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `<span class="badge ${FIGURE_BADGE[status]}">${n} ${status}</span>`);
  return section(
    'figures',
    `Figures <span class="count">${figures.length}</span>`,
    `<p class="fig-summary">${counts.join(' ')}</p>` +
      '<table class="figures-table"><thead><tr><th scope="col">Measure</th><th scope="col">Status</th>' +
      '<th scope="col">Value</th><th scope="col">As of</th><th scope="col">Given by</th></tr></thead>' +
      `${groups.join('')}</table>`,
  );
}
