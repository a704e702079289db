// A cheap language guess: share of very common function words. Only English is named for now.
const EN = new Set(
  'the of and to in a is that for on with as was by it at from be has have are said were not this but'.split(
    ' ',
  ),
);

export function guessLanguage(text: string): string | undefined {
  const words =
    text
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, 2000) ?? [];
  if (words.length < 20) return undefined;
  const hits = words.filter((w) => EN.has(w)).length;
  return hits / words.length > 0.12 ? 'en' : undefined;
}
