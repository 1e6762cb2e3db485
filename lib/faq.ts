/**
 * The questions and answers of the FAQ page, read from its MDX, for the FAQPage structured data.
 *
 * The MDX is parsed with the same parser the site is built with (@mdx-js/mdx, with GFM), never
 * with regular expressions. A question is a level-2 heading that ends in "?"; its answer is what
 * follows, up to the next level-1 or level-2 heading. Anything before the first question (such as
 * a list of links to the questions) and any `##` section whose heading is not a question is left
 * out. The answer text is the text the page shows: <Fact>, <FactList> and <PhoneLink> are
 * resolved from the program facts the same way the components render them. The call and crisis
 * panels (<CallUs />, <CrisisHelp />) are asides next to the answer, not part of it, and are
 * left out.
 */
import { createProcessor } from '@mdx-js/mdx'
import type { Nodes, RootContent } from 'mdast'
import type {} from 'mdast-util-mdx'
import remarkGfm from 'remark-gfm'
import { ContentError, type Page } from '@/lib/content'
import { factText, facts, getFact, phoneFor, type PhoneLine } from '@/lib/program-facts'

export interface FaqEntry {
  question: string
  /** Plain text: paragraphs and list items on lines of their own. */
  answer: string
}

/** Raised for MDX an answer cannot be read from; names the file and line, and what to do. */
function problem(page: Page, node: Nodes, message: string, hint?: string): ContentError {
  const line = node.position ? page.bodyStartLine + node.position.start.line - 1 : undefined
  return new ContentError([
    { file: `content/${page.file}`, line, column: node.position?.start.column, message, hint, severity: 'error' },
  ])
}

const ANSWER_HINT = 'In answers, use plain text, <Fact name="…" />, <FactList name="…" /> and <PhoneLink />.'

function attribute(node: Extract<Nodes, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>, name: string, page: Page) {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
  if (!found || found.type !== 'mdxJsxAttribute') return undefined
  // <PhoneLink sms /> has no value: it means true.
  if (found.value === null || found.value === undefined) return true
  if (typeof found.value === 'string') return found.value
  throw problem(page, node, `In a question's answer, ${name}={…} cannot be read.`, `Write ${name}="…", in quotes.`)
}

/** Components that render an <aside>: page furniture beside the answer, not words of it. */
const ASIDE_COMPONENTS = new Set(['CallUs', 'CrisisHelp'])

const PHONE_LINES: readonly string[] = ['program', ...Object.keys(facts.crisisLines)]
const isPhoneLine = (line: unknown): line is PhoneLine => typeof line === 'string' && PHONE_LINES.includes(line)

// Blocks are separated by a line break in the text, as the browser's innerText separates them;
// inline content runs on.
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement'])

/** The text of an MDX node as the page shows it. */
function textOf(node: Nodes, page: Page): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      // A line break inside a paragraph shows as a space.
      return node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')
    case 'code':
      return node.value
    case 'break':
      return '\n'
    case 'image':
    case 'imageReference':
    case 'definition':
    case 'footnoteDefinition':
    case 'thematicBreak':
    case 'mdxjsEsm':
    case 'yaml':
      return ''
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // {/* a comment */} shows nothing; any other expression cannot be read here.
      if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return ''
      throw problem(page, node, "Curly braces {…} cannot be used in a question's answer.", ANSWER_HINT)
    case 'html':
      return ''
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement': {
      const name = node.name ?? ''
      if (ASIDE_COMPONENTS.has(name)) return ''
      if (name === 'Fact') {
        const factName = attribute(node, 'name', page)
        if (typeof factName !== 'string') throw problem(page, node, '<Fact> has no name.', 'Write it like <Fact name="iop.weeks" />.')
        return factText(factName)
      }
      if (name === 'FactList') {
        const factName = attribute(node, 'name', page)
        const value = typeof factName === 'string' ? getFact(factName) : undefined
        if (!Array.isArray(value)) throw problem(page, node, '<FactList> needs the name of a fact that is a list.', 'Write it like <FactList name="sacot.includes" />.')
        return value.join('\n')
      }
      if (name === 'PhoneLink') {
        // As components/mdx/phone-link.tsx shows it: the label, a space, the number.
        const line = attribute(node, 'line', page) ?? 'program'
        const label = attribute(node, 'label', page)
        if (!isPhoneLine(line)) throw problem(page, node, `<PhoneLink line="${String(line)}" /> names no phone line.`, `Use one of: ${PHONE_LINES.join(', ')}.`)
        const phone = phoneFor(line)
        return `${typeof label === 'string' && label ? `${label} ` : ''}${phone.display}`
      }
      // Plain HTML elements (<abbr>, <strong>) show their content.
      if (/^[a-z]/.test(name)) return childrenText(node, page)
      throw problem(
        page,
        node,
        `<${name}> cannot be part of a question's answer: the answer is copied, as text, into the page's search data, and the text of <${name}> cannot be.`,
        `${ANSWER_HINT} Put <${name}> after the questions, under a heading that does not end in "?".`,
      )
    }
    default:
      return 'children' in node ? childrenText(node, page) : ''
  }
}

function childrenText(node: Extract<Nodes, { children: unknown }>, page: Page): string {
  const separator = INLINE_PARENTS.has(node.type) ? '' : '\n'
  return (node.children as Nodes[])
    .map((child) => textOf(child, page))
    .filter((text) => separator === '' || text.trim() !== '')
    .join(separator)
}

/** Tidies the text: no spaces at line ends, no runs of blank lines, nothing at the ends. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

const isQuestion = (text: string) => text.trimEnd().endsWith('?')

/** The questions and answers of a page, in the order they appear. */
export function faqEntries(page: Page): FaqEntry[] {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(page.body)
  const entries: FaqEntry[] = []
  let current: { heading: Nodes; question: string; answer: RootContent[] } | undefined
  const finish = () => {
    if (!current) return
    const answer = tidy(current.answer.map((n) => textOf(n, page)).join('\n'))
    if (answer === '') throw problem(page, current.heading, `The question "${current.question}" has no answer under it.`, 'Write the answer under the question, or end the heading without "?" if it is not a question.')
    entries.push({ question: current.question, answer })
    current = undefined
  }
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      finish()
      const heading = tidy(textOf(node, page))
      if (node.depth === 2 && isQuestion(heading)) current = { heading: node, question: heading, answer: [] }
    } else if (current) {
      current.answer.push(node)
    }
  }
  finish()
  return entries
}
