// Builds one Story from its annotated articles: entities, claims and conflicts, figures,
// timeline, provenance and the brief.
import type { TimedArticle } from '../annotate/annotate.ts';
import { findAttributions, unnamedCredits } from '../annotate/attribution.ts';
import { type ArticleMention, mergeEntities } from '../annotate/entities/merge.ts';
import { selectBrief } from '../brief/select-brief.ts';
import type { Claim, Story } from '../model/report.ts';
import { buildProvenance, type DerivedLink, isMediaSource } from '../provenance/provenance.ts';
import { addConflict, alignClaims, type ClaimOptions, DEFAULT_CLAIM_OPTIONS } from './claims.ts';
import { sentenceFeatures } from './features.ts';
import { alignFigures } from './figures.ts';
import { LEAD_SENTENCES, type LeadCredit, leadCreditConflict } from './lead-credits.ts';
import { buildTimeline } from './timeline.ts';
import { spellingVariants } from './variants.ts';

export interface StoryInput {
  id: string;
  articles: TimedArticle[];
  /** Copy/rewrite links among these articles. */
  derived: DerivedLink[];
  claimOptions?: ClaimOptions;
}

function originResolver(derived: DerivedLink[]): (id: string) => string {
  const parent = new Map(derived.map((d) => [d.articleId, d.target]));
  return (id) => {
    let x = id;
    const seen = new Set<string>();
    while (parent.has(x) && !seen.has(x)) {
      seen.add(x);
      x = parent.get(x) as string;
    }
    return x;
  };
}

/** Cuts at a word boundary with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

export function buildStory(input: StoryInput): Story {
  const { articles } = input;
  const texts = new Map(articles.map((a) => [a.article.id, a.article.text]));
  const originOf = originResolver(input.derived);
  const mentions: ArticleMention[] = articles.flatMap((a) =>
    a.mentions.map((m) => ({ ...m, articleId: a.article.id })),
  );
  const merged = mergeEntities(mentions);
  const canonical = (name: string) => merged.canonical.get(name.toLowerCase()) ?? name;

  const attributions = new Map(
    articles.map((a) => [a.article.id, findAttributions(a.article.text, a.sentences, a.mentions)]),
  );
  // who says it is kept as the claim's attribution, not counted as what it says
  const features = articles.flatMap((a) =>
    sentenceFeatures(a, canonical, [
      ...(attributions.get(a.article.id) ?? []).map((at) => at.span),
      ...unnamedCredits(a.article.text, a.sentences),
    ]),
  );
  const claims = alignClaims(features, { texts, originOf }, input.claimOptions ?? DEFAULT_CLAIM_OPTIONS);
  // the first claim citing each sentence
  const claimBySentence = new Map<string, Claim>();
  const remember = (c: Claim) => {
    for (const s of c.support) {
      const key = `${s.articleId}@${s.start}`;
      if (!claimBySentence.has(key)) claimBySentence.set(key, c);
    }
  };
  claims.forEach(remember);
  const claimAt = (articleId: string, start: number): Claim | undefined =>
    claimBySentence.get(`${articleId}@${start}`);

  // attributions: kept with claims; media credits feed provenance and attribution conflicts
  const cites = new Map<string, string[]>();
  const leadCredits: LeadCredit[] = [];
  for (const a of articles) {
    const list: string[] = [];
    for (const at of attributions.get(a.article.id) ?? []) {
      const name = canonical(at.source.name);
      const s = a.sentences[at.sentence];
      const claim = claimAt(a.article.id, s.start);
      if (claim && !claim.attribution?.includes(name))
        claim.attribution = [...(claim.attribution ?? []), name];
      // people are credited as sources when they report ("Dan Patrick reported"), not when they speak
      if (
        at.source.type === 'place' ||
        (at.source.type === 'person' && at.verb !== 'reports') ||
        !isMediaSource(name, at.verb)
      )
        continue;
      list.push(name);
      // who first reported it, for attribution conflicts: outlets, not individual reporters
      const lead = a.sentences.filter((x) => x.block === 'body').slice(0, LEAD_SENTENCES);
      if (
        at.source.type !== 'person' &&
        lead.includes(s) &&
        !leadCredits.some((c) => c.articleId === a.article.id)
      ) {
        // what the credit covers: its sentence and the body sentences beside it
        const k = lead.indexOf(s);
        const news = new Set(
          lead
            .slice(Math.max(0, k - 1), k + 2)
            .map((x) => claimAt(a.article.id, x.start))
            .filter((c): c is Claim => !!c && new Set(c.support.map((y) => y.articleId)).size > 1)
            .map((c) => c.id),
        );
        leadCredits.push({
          articleId: a.article.id,
          name,
          span: { articleId: a.article.id, start: s.start, end: s.end },
          news,
        });
      }
    }
    cites.set(a.article.id, list);
  }
  const credited = leadCreditConflict(leadCredits, texts, originOf);
  if (credited) {
    const claim = { ...credited, id: `claim-${claims.length + 1}` };
    claims.push(claim);
    remember(claim);
  }
  // one name spelled two ways
  const sentenceOf = (m: ArticleMention) => {
    const a = articles.find((x) => x.article.id === m.articleId) as TimedArticle;
    const s = a.sentences.find((x) => m.start >= x.start && m.end <= x.end);
    return s ? { start: s.start, end: s.end } : { start: m.start, end: m.end };
  };
  for (const v of spellingVariants(mentions, sentenceOf, texts)) {
    const [first] = v.conflict.citations;
    const claim =
      claimAt(first.articleId, first.start) ??
      ({
        id: `claim-${claims.length + 1}`,
        text: first.quote,
        status: 'single-source',
        independentSources: 1,
        support: [first],
      } satisfies Claim);
    if (!claims.includes(claim)) {
      claims.push(claim);
      remember(claim);
    }
    addConflict(claim, { ...v.conflict, citations: v.conflict.citations.slice(1) });
  }

  const timeline = buildTimeline(articles, texts);
  const figures = alignFigures(articles, texts);
  const provenance = buildProvenance(
    articles.map((a) => ({
      articleId: a.article.id,
      originalSource: a.article.originalSource,
      published: a.article.published,
      cites: cites.get(a.article.id) ?? [],
    })),
    input.derived,
  );
  const titled = [...articles].sort((x, y) =>
    (x.article.published ?? '~').localeCompare(y.article.published ?? '~'),
  );
  return {
    id: input.id,
    title: titled.find((a) => a.article.title)?.article.title ?? shorten(claims[0]?.text ?? input.id, 80),
    articleIds: articles.map((a) => a.article.id).sort(),
    brief: selectBrief(claims),
    claims,
    figures,
    timeline,
    entities: merged.entities
      .filter((e) => e.type !== 'other' || e.articleIds.length > 1)
      .map(({ name, type, aliases, articleIds }) => ({ name, type, aliases, articleIds })),
    provenance,
  };
}
