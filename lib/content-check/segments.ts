/**
 * Sentences and words of a block of text, in time that grows with its length. Intl.Segmenter
 * takes time that grows much faster than the text on a long run with no sentence end (a 190 KB
 * paragraph took over a minute), so it is given pieces of at most PIECE characters, cut at a space.
 * A block of up to PIECE characters is segmented whole, as before; in a longer one no word is cut
 * (but a single word over PIECE characters), and a sentence cut between two pieces counts once.
 */
const PIECE = 1000

/** The block in pieces of at most PIECE characters, each cut after a space where there is one. */
export function piecesOf(text: string): string[] {
  const pieces: string[] = []
  let start = 0
  while (text.length - start > PIECE) {
    const window = text.slice(start, start + PIECE)
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t'))
    const end = space > 0 ? start + space + 1 : start + PIECE
    pieces.push(text.slice(start, end))
    start = end
  }
  pieces.push(text.slice(start))
  return pieces
}

const SENTENCE_END = /[.!?…:;][\p{Pe}\p{Pf}"']*\s*$/u

/** How many sentences the segmenter finds in the block. */
export function sentenceCount(segmenter: Intl.Segmenter, text: string): number {
  const pieces = piecesOf(text)
  let count = 0
  pieces.forEach((piece, index) => {
    const found = [...segmenter.segment(piece)].map((s) => s.segment).filter((s) => s.trim())
    count += found.length
    // The last sentence of a piece that does not end there goes on in the next piece.
    if (index < pieces.length - 1 && found.length > 0 && !SENTENCE_END.test(found.at(-1)!)) count -= 1
  })
  return count
}

/** The word-like segments of the block, in order. */
export function* wordsOf(segmenter: Intl.Segmenter, text: string): Generator<string> {
  for (const piece of piecesOf(text)) {
    for (const { segment, isWordLike } of segmenter.segment(piece)) if (isWordLike) yield segment
  }
}
