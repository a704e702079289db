// A cleaned article is assembled from kept blocks; every dropped piece of input is kept with a reason.

/** Body paragraphs carry claims; captions and subheadings are kept and citable but are not claims. */
export type BlockKind = 'body' | 'caption' | 'heading';

/** A kept paragraph of the clean text: [start, end) offsets into Article.text. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

export interface Piece {
  kind: BlockKind;
  text: string;
}

export interface Removed {
  text: string;
  reason: string;
}

/** Joins kept pieces with blank lines into the clean text, recording each block's offsets. */
export function assemble(pieces: Piece[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  for (const p of pieces) {
    const t = p.text.trim();
    if (!t) continue;
    if (text) text += '\n\n';
    blocks.push({ kind: p.kind, start: text.length, end: text.length + t.length });
    text += t;
  }
  return { text, blocks };
}

/** The article body without captions: body and heading blocks joined by blank lines. */
export function bodyText(text: string, blocks: Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'caption')
    .map((b) => text.slice(b.start, b.end))
    .join('\n\n');
}
