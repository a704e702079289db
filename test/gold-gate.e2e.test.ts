// Evaluation gate: the seed story and the hand-made gold stories (bench/gold/) must not score
// below pinned floors. Raise a floor when a change lifts a score; never lower one to pass — only
// for a change measured better on other evidence, with the reason written beside the floor.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { goldStories, hasShared, scoreStory } from '../bench/gold-stories.ts';
import { SHARED_MISSING } from './helpers.ts';

// ecb-18b 92 → 91 (session 9): a shared age no longer makes two sentences state one fact. The
// gold item "the suspect is LaCalamita, 38" was found only through a claim grouping "police
// located LaCalamita, 38, on I-75" with "LaCalamita, 38, was arrested after a chase"; on the dev
// set, of 30 sentence pairs the change separated a blind reader judged 15 different facts and 10
// borderline, of 30 it joined 20 the same fact (BENCHMARKS.md, claim alignment). Session 10
// lifted 18b back to 92 and 20b to 94 (distances no words, hyphen participles no verbs).
const FLOORS: Record<string, number> = { seeds: 98, 'ecb-10b': 88, 'ecb-18b': 92, 'ecb-20b': 94 };

test('gold stories score at least their pinned floors', { skip: !hasShared && SHARED_MISSING }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'corroborate-gate-'));
  const stories = goldStories();
  assert.deepEqual(
    stories.map((s) => s.name).sort(),
    Object.keys(FLOORS).sort(),
    'a floor for every gold story',
  );
  for (const story of stories) {
    const { text, percent } = scoreStory(story, tmp);
    assert.ok(
      percent >= FLOORS[story.name],
      `${story.name}: ${percent}% < floor ${FLOORS[story.name]}%\n${text}`,
    );
  }
});
