/**
 * The questions and answers of the FAQ page, read from its MDX, for the FAQPage structured data.
 *
 * A question is a level-2 heading that ends in "?"; its answer is what follows, up to the next
 * level-1 or level-2 heading. Anything before the first question (such as a list of links to the
 * questions) and any `##` section whose heading is not a question is left out. The answer is the
 * text the page shows, read by lib/content/mdx-text.ts: facts and phone numbers filled in, the call and
 * crisis panels (asides beside the answer) left out.
 */
import type { Nodes, RootContent } from 'mdast'
import { ContentError, type Page } from '@/lib/content'
import { parseMdx, readText, tidyText, type Unreadable } from '@/lib/content/mdx-text'

export interface FaqEntry {
  question: string
  /** Plain text: paragraphs and list items on lines of their own. */
  answer: string
}

const ANSWER_HINT = 'In answers, use plain text, <Fact name="…" />, <FactList name="…" /> and <PhoneLink />.'

/** Raised for MDX an answer cannot be read from; names the file and line, and what to do. */
function problem(page: Page, node: Nodes, message: string, hint: string): ContentError {
  const line = node.position ? page.bodyStartLine + node.position.start.line - 1 : undefined
  return new ContentError([
    { file: `content/${page.file}`, line, column: node.position?.start.column, message, hint, severity: 'error' },
  ])
}

/** An answer is copied into search data as text: anything that cannot be text stops the build. */
function refuse(page: Page) {
  return ({ node, message }: Unreadable): never => {
    throw problem(
      page,
      node,
      `${message} A question's answer is copied, as text, into the page's search data, so it cannot hold this.`,
      `${ANSWER_HINT} Put anything else after the questions, under a heading that does not end in "?".`,
    )
  }
}

const isQuestion = (text: string) => text.trimEnd().endsWith('?')

/** The questions and answers of a page, in the order they appear. */
export function faqEntries(page: Page): FaqEntry[] {
  // The answers are read in the page's language: a Spanish FAQ's search data is in Spanish.
  const options = { onUnreadable: refuse(page), locale: page.locale }
  const entries: FaqEntry[] = []
  let current: { heading: Nodes; question: string; answer: RootContent[] } | undefined
  const finish = () => {
    if (!current) return
    const answer = tidyText(current.answer.map((n) => readText(n, options)).join('\n'))
    if (answer === '') {
      throw problem(page, current.heading, `The question "${current.question}" has no answer under it.`, 'Write the answer under the question, or end the heading without "?" if it is not a question.')
    }
    entries.push({ question: current.question, answer })
    current = undefined
  }
  for (const node of parseMdx(page.body).children) {
    if (node.type === 'heading' && node.depth <= 2) {
      finish()
      const heading = tidyText(readText(node, options))
      if (node.depth === 2 && isQuestion(heading)) current = { heading: node, question: heading, answer: [] }
    } else if (current) {
      current.answer.push(node)
    }
  }
  finish()
  return entries
}
