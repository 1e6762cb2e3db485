/**
 * Spanish readability: the Fernández-Huerta score, in its corrected form, of the text a reader
 * sees (facts filled in, in Spanish), against the minimum in lib/base/content-rules.ts. Higher is
 * easier. Syllables are counted by lib/languages/spanish-syllables.ts.
 *
 *   score = 206.84 - 60 x (syllables / words) - 1.02 x (words / sentences)
 *
 * The formula is often printed wrongly (0.60 and 1.02 applied to counts per 100 words); this is
 * the corrected form (Fernández-Huerta 1959, as corrected by Law 2011 and used by INFLESZ's
 * author, Barrio-Cantalejo 2008). On the INFLESZ bands, 65-80 is "bastante fácil".
 */
import type { Root } from 'mdast'
import { SPANISH_READABILITY_WARNING_MARGIN } from '@/lib/base/content-rules'
import { readableBlocks } from '@/lib/content-check/reading-grade'
import type { Finding } from '@/lib/content-check/types'
import { countWordSyllables } from '@/lib/languages/spanish-syllables'
import { sentenceCount, wordsOf } from '@/lib/content-check/segments'

const sentences = new Intl.Segmenter('es', { granularity: 'sentence' })
const words = new Intl.Segmenter('es', { granularity: 'word' })

export interface SpanishCounts {
  sentences: number
  words: number
  syllables: number
}

/** Sentences, words and syllables of Spanish text, block by block (each block ends a sentence). */
export function spanishCounts(blocks: readonly string[]): SpanishCounts {
  const counts = { sentences: 0, words: 0, syllables: 0 }
  for (const block of blocks) {
    counts.sentences += sentenceCount(sentences, block)
    for (const segment of wordsOf(words, block)) {
      counts.words += 1
      counts.syllables += countWordSyllables(segment)
    }
  }
  return counts
}

/** The corrected Fernández-Huerta score of the counts, to one decimal. */
export function fernandezHuerta({ sentences, words, syllables }: SpanishCounts): number {
  if (words === 0 || sentences === 0) return 0
  return Math.round((206.84 - 60 * (syllables / words) - 1.02 * (words / sentences)) * 10) / 10
}

/** The score of Spanish text as a string of paragraphs (one a line). */
export function spanishReadabilityOfText(text: string): number {
  return fernandezHuerta(spanishCounts(text.split('\n').filter((line) => line.trim())))
}

/** The score of a Spanish page's text. */
export function spanishReadability(tree: Root): number {
  return fernandezHuerta(spanishCounts(readableBlocks(tree, 'es')))
}

const HINT =
  'Use frases más cortas (unas 15 palabras o menos) y palabras de todos los días: "usar" y no "utilizar", "ayudar" y no "facilitar". Divida las frases largas en dos. (Write shorter sentences and everyday words.)'

export function checkSpanishReadability(score: number, minimum: number): Finding[] {
  if (score < minimum) {
    return [{ message: `The Spanish page reads at ${score} on the Fernández-Huerta scale, below its minimum of ${minimum} (higher is easier).`, hint: HINT, severity: 'error' }]
  }
  if (score < minimum + SPANISH_READABILITY_WARNING_MARGIN) {
    return [{ message: `The Spanish page reads at ${score} on the Fernández-Huerta scale, close to its minimum of ${minimum}.`, hint: HINT, severity: 'warning' }]
  }
  return []
}
