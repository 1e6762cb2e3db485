/**
 * The one reader of MDX as text. The FAQ's search data, the content check (reading grade, fact
 * names, phone lines) and the <Fact> components all ask here what a piece of MDX says, so they
 * cannot drift apart: a fact is shown, read and checked the same way everywhere.
 *
 * MDX is parsed with the parser the site is built with (@mdx-js/mdx, with GFM and frontmatter),
 * never with regular expressions.
 */
import { compile, createProcessor } from '@mdx-js/mdx'
import type { Nodes, Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { VFileMessage } from 'vfile-message'
import { MDX_COMPONENTS, isMdxComponentName } from '@/lib/content/mdx-components-list'
import type { Locale } from '@/lib/base/addresses'
import { phrasesFor } from '@/lib/languages/phrases'
import { getFact, isPhoneLine, phoneFor, phoneLines, UnknownFactError } from '@/lib/facts'

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

// ---------------------------------------------------------------------------------------------
// Facts as pages show them
// ---------------------------------------------------------------------------------------------

/** A fact inside a sentence, in the page's language: lists joined with "and" ("y"). What <Fact name="…" /> shows. */
export function factText(name: string, locale: Locale = 'en'): string {
  const value = getFact(name, locale)
  return Array.isArray(value) ? phrasesFor(locale).joinWithAnd(value) : String(value)
}

/** A fact that is a list, item by item: what <FactList name="…" /> shows. A single value throws. */
export function factList(name: string, locale: Locale = 'en'): readonly string[] {
  const value = getFact(name, locale)
  if (!Array.isArray(value)) {
    throw new UnknownFactError(`The fact "${name}" is a single value, not a list. Use <Fact name="${name}" /> to show it inside a sentence.`)
  }
  return value
}

/** What <PhoneLink line="…" label="…" /> shows: the label, a space, the number. */
export function phoneLinkText(line: string | undefined, label: string | undefined): string {
  const which = line ?? 'program'
  if (!isPhoneLine(which)) {
    throw new UnknownFactError(`<PhoneLink line="${which}" /> names no phone line. Use one of: ${phoneLines.join(', ')}.`)
  }
  return `${label ? `${label} ` : ''}${phoneFor(which).display}`
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/** The syntax tree of an MDX page's body (frontmatter already removed). */
export function parseMdx(body: string): Root {
  return createProcessor({ remarkPlugins: [remarkGfm] }).parse(body)
}

export interface MdxSyntaxError {
  line?: number
  column?: number
  reason: string
}

/**
 * Compiles a whole MDX file (frontmatter included) the way the site does, and gives its syntax
 * tree, or where and why it cannot be compiled.
 */
export async function compileMdx(source: string): Promise<{ tree: Root } | { error: MdxSyntaxError }> {
  const tooDeep = nestingProblem(source)
  if (tooDeep) return { error: tooDeep }
  let tree: Root | undefined
  const keepTree = () => (root: Root) => {
    tree = structuredClone(root)
  }
  try {
    await compile(source, { remarkPlugins: [remarkFrontmatter, remarkGfm, keepTree] })
    return { tree: tree! }
  } catch (error) {
    // Anything else the compiler throws is still this page's problem, never a crash of the check.
    if (!(error instanceof VFileMessage)) return { error: { reason: `the page is built in a way that cannot be read (${error instanceof Error ? error.name : 'error'}). Make it simpler: shorter lists, fewer quotes inside quotes.` } }
    // Some messages (an unclosed tag found at the end of the file) carry the place only in their
    // text, as "(8:1-8:9)": the line where the tag was opened, which is where to look.
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(error.reason)
    return {
      error: {
        line: error.line ?? (inText ? Number(inText[1]) : undefined),
        column: error.column ?? (inText ? Number(inText[2]) : undefined),
        reason: error.reason,
      },
    }
  }
}

/** Lists and quotes inside each other: far more than any page needs, far less than overflows. */
export const MAX_NESTING = 20
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/
const CONTAINER_MARKER = />|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g

/**
 * A line that opens lists or quotes more than MAX_NESTING deep ("- - - - x", ">>>>>"), or is
 * indented that far: the compiler's time and memory grow too fast with such nesting, so it is
 * refused before compiling, with its line.
 */
function nestingProblem(source: string): MdxSyntaxError | undefined {
  const lines = source.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const prefix = CONTAINER_PREFIX.exec(lines[index])?.[0] ?? ''
    const markers = prefix.match(CONTAINER_MARKER)?.length ?? 0
    const indent = /^[ \t]*/.exec(lines[index])![0].replace(/\t/g, '    ').length
    if (markers > MAX_NESTING || indent > MAX_NESTING * 4) {
      return {
        line: index + 1,
        column: 1,
        reason: `this line puts lists or quotes more than ${MAX_NESTING} deep inside each other (or is indented more than ${MAX_NESTING * 4} spaces). Use fewer levels.`,
      }
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Nodes
// ---------------------------------------------------------------------------------------------

export function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

/** {/* a note *\/}: shows nothing. Any other {…} is code, which pages may not hold. */
export function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression)
}

export type AttributeValue =
  | { kind: 'missing' }
  | { kind: 'text'; value: string }
  /** Written with no value, like <PhoneLink sms />: it means true. */
  | { kind: 'flag' }
  /** Written in curly braces, which the reader cannot know the value of. */
  | { kind: 'code' }

/** One attribute of a component, as written. */
export function attributeOf(node: JsxElement, name: string): AttributeValue {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)
  if (!found || found.type !== 'mdxJsxAttribute') return { kind: 'missing' }
  if (found.value === null || found.value === undefined) return { kind: 'flag' }
  if (typeof found.value === 'string') return { kind: 'text', value: found.value }
  return { kind: 'code' }
}

/** The attribute's text, or undefined where it is missing or not plain text. */
export function textAttribute(node: JsxElement, name: string): string | undefined {
  const value = attributeOf(node, name)
  return value.kind === 'text' ? value.value : undefined
}

/** Whether any attribute is written in curly braces ({…} or {...spread}). */
export function hasCodeAttribute(node: JsxElement): boolean {
  return node.attributes.some((a) => a.type === 'mdxJsxExpressionAttribute' || (a.type === 'mdxJsxAttribute' && typeof a.value === 'object' && a.value !== null))
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

/** A part of the page that cannot be turned into text; `readText` calls `onUnreadable` with it. */
export interface Unreadable {
  node: Nodes
  /** What cannot be read, in plain words. */
  message: string
}

export interface TextOptions {
  /**
   * Called for code ({…}), an unknown component, a "block" component (cards, table) or a fact
   * that cannot be shown. Return the text to use instead, or throw. Without it, these read as "".
   */
  onUnreadable?: (problem: Unreadable) => string
  /** The page's language, for the words of facts. English unless said. */
  locale?: Locale
}

// Blocks are separated by a line break in the text, as the browser's innerText separates them;
// inline content runs on.
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement'])

/**
 * The text of an MDX node as the page shows it, with facts and phone numbers filled in. Asides
 * (the call and crisis panels) are beside the text, not part of it, and read as nothing.
 */
export function readText(node: Nodes, options: TextOptions = {}): string {
  const unreadable = (problem: Unreadable) => options.onUnreadable?.(problem) ?? ''
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
    case 'html':
      return ''
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node.value) ? '' : unreadable({ node, message: 'Curly braces {…} hold code, whose text cannot be known.' })
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      return jsxText(node, options, unreadable)
    default:
      return 'children' in node ? childrenText(node, options) : ''
  }
}

function jsxText(node: JsxElement, options: TextOptions, unreadable: (problem: Unreadable) => string): string {
  const name = node.name ?? ''
  // Plain HTML elements (<abbr>, <strong>) and fragments show their content.
  if (name === '' || /^[a-z]/.test(name)) return childrenText(node, options)
  if (!isMdxComponentName(name)) return unreadable({ node, message: `There is no component called <${name}>.` })
  const { kind } = MDX_COMPONENTS[name]
  if (kind === 'aside' || kind === 'citation') return ''
  if (kind === 'block') return unreadable({ node, message: `<${name}> is a block built from the facts, not words of the text.` })
  if (hasCodeAttribute(node)) return unreadable({ node, message: `<${name}> has a value in curly braces { }, which cannot be read.` })
  try {
    if (name === 'PhoneLink') return phoneLinkText(textAttribute(node, 'line'), textAttribute(node, 'label'))
    const factName = textAttribute(node, 'name') ?? ''
    return name === 'FactList' ? factList(factName, options.locale).join('\n') : factText(factName, options.locale)
  } catch (error) {
    if (error instanceof UnknownFactError) return unreadable({ node, message: error.message })
    throw error
  }
}

function childrenText(node: Extract<Nodes, { children: unknown }>, options: TextOptions): string {
  const separator = INLINE_PARENTS.has(node.type) ? '' : '\n'
  return (node.children as Nodes[])
    .map((child) => readText(child, options))
    .filter((text) => separator === '' || text.trim() !== '')
    .join(separator)
}

/** Tidies text: no spaces at line ends, no runs of blank lines, nothing at the ends. */
export function tidyText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
