/**
 * Reading grade: the Flesch-Kincaid grade of the text a reader sees (facts filled in), against
 * the limit in lib/base/content-rules.ts.
 */
import { fleschKincaid } from 'flesch-kincaid'
import type { Root } from 'mdast'
import { syllable } from 'syllable'
import { visit } from 'unist-util-visit'
import type { Locale } from '@/lib/base/addresses'
import { READING_GRADE_LIMIT, READING_GRADE_WARNING_MARGIN } from '@/lib/base/content-rules'
import { readText } from '@/lib/content/mdx-text'
import type { Finding } from '@/lib/content-check/types'
import { sentenceCount, wordsOf } from '@/lib/content-check/segments'

/** Text that readers see, block by block: paragraphs, headings, table cells, facts in the page's language. */
export function readableBlocks(tree: Root, locale: Locale = 'en'): string[] {
  const blocks: string[] = []
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(readText(node, { locale }).trim())
      return 'skip'
    }
  })
  return blocks.filter(Boolean)
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' })
const words = new Intl.Segmenter('en', { granularity: 'word' })

/** Flesch-Kincaid grade of the page's text. Each block (paragraph, heading, list item) ends a sentence. */
export function readingGrade(tree: Root): number {
  const counts = { sentence: 0, word: 0, syllable: 0 }
  for (const block of readableBlocks(tree)) {
    counts.sentence += sentenceCount(sentences, block)
    for (const segment of wordsOf(words, block)) {
      counts.word += 1
      counts.syllable += /^\d+$/.test(segment) ? 1 : Math.max(1, syllable(segment))
    }
  }
  return Math.round(fleschKincaid(counts) * 10) / 10 || 0
}

const HINT =
  'Use shorter sentences (aim for 15 words or fewer) and everyday words: "use" not "utilize", "help" not "facilitate". Split long sentences in two, and turn lists of things into bullet points.'

/** Checks a grade against the page's limit (lib/base/content-rules.ts: 8, or lower for some pages). */
export function checkReadingGrade(grade: number, limit: number = READING_GRADE_LIMIT): Finding[] {
  if (grade > limit) {
    return [{ message: `The page reads at grade ${grade}, above its limit of ${limit}.`, hint: HINT, severity: 'error' }]
  }
  if (grade > limit - READING_GRADE_WARNING_MARGIN) {
    return [{ message: `The page reads at grade ${grade}, close to its limit of ${limit}.`, hint: HINT, severity: 'warning' }]
  }
  return []
}
