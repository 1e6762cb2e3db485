/**
 * The content check: reads every page under content/ through the same loader and MDX compiler the
 * site uses, and reports every problem at once, each with its file, line, what is wrong and what to
 * do, in words staff who are not developers can act on.
 *
 * `npm run content:check` prints the report (scripts/content-check.ts); `npm run build` runs it
 * first, so nothing it rejects can ship. The date is a parameter, so tests never depend on today.
 */
import fs from 'node:fs'
import path from 'node:path'
import { compile } from '@mdx-js/mdx'
import { fleschKincaid } from 'flesch-kincaid'
import GithubSlugger from 'github-slugger'
import type { Heading, Nodes, Root } from 'mdast'
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { syllable } from 'syllable'
import { visit } from 'unist-util-visit'
import { VFileMessage } from 'vfile-message'
import { mdxComponents } from '@/mdx-components'
import { routeForContentFile } from '@/lib/addresses'
import {
  CONTENT_DIR,
  ContentError,
  listContentFiles,
  parsePage,
  type ContentProblem,
  type Page,
} from '@/lib/content'
import {
  PERSON_FIRST_WORDS,
  PROPER_NAME_ALLOW_LIST,
  READING_GRADE_WARNING_MARGIN,
  readingGradeLimitFor,
} from '@/lib/content-rules'
import { facts, factNames, namedFacts } from '@/lib/program-facts'
import { faqEntries } from '@/lib/faq'
import { FAQ_ROUTE, FOOTER_ROUTES, MAIN_NAV_ROUTES } from '@/lib/site'
import { checkClinicalReview } from '@/lib/content-check/clinical-review'
import { frontmatterLine } from '@/lib/content-check/frontmatter-line'
import { checkSources } from '@/lib/content-check/sources'
import { closestName } from '@/lib/suggest'

export interface CheckOptions {
  /** The folder of pages; content/ unless a test points elsewhere. */
  dir?: string
  /** Files that pages may link to or show, like images. */
  publicDir?: string
  /** Today's date as YYYY-MM-DD, for review dates. */
  today: string
  /** Treat warnings as errors. */
  strict?: boolean
}

export interface PageGrade {
  file: string
  grade: number
  /** The page's limit (lib/content-rules.ts). */
  limit: number
}

export interface CheckReport {
  files: number
  problems: ContentProblem[]
  grades: PageGrade[]
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement

/** What the check knows about one file after reading it. */
interface ParsedFile {
  file: string
  shownFile: string
  route: string
  source: string
  page?: Page
  tree?: Root
  anchors: Set<string>
}

const COMPONENT_NAMES = Object.keys(mdxComponents)
const PHONE_LINES = ['program', ...Object.keys(facts.crisisLines)]
const LIST_FACTS = factNames.filter((name) => Array.isArray(namedFacts[name]))
/** Ids the page frame always has, which a link may target. */
const FRAME_ANCHORS = ['main-content']
/** A North American phone number typed by hand. */
const TYPED_PHONE = /\b(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g

export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const dir = options.dir ?? CONTENT_DIR
  const publicDir = options.publicDir ?? path.join(process.cwd(), 'public')
  const displayDir = path.relative(process.cwd(), dir) || '.'
  const problems: ContentProblem[] = []

  // 1. Read each file: frontmatter through the site's loader, body through the MDX compiler.
  const parsed: ParsedFile[] = []
  for (const file of listContentFiles(dir)) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8')
    const shownFile = `${displayDir}/${file}`
    const entry: ParsedFile = { file, shownFile, route: routeForContentFile(file), source, anchors: new Set(FRAME_ANCHORS) }
    try {
      entry.page = parsePage(source, file, displayDir)
    } catch (error) {
      if (!(error instanceof ContentError)) throw error
      problems.push(...error.problems)
    }
    const compiled = await compileMdx(source, shownFile)
    if ('problem' in compiled) problems.push(compiled.problem)
    else {
      entry.tree = compiled.tree
      for (const id of anchorsOf(compiled.tree)) entry.anchors.add(id)
    }
    parsed.push(entry)
  }

  // 2. Check each page against the others (links) and the rules.
  const byRoute = new Map(parsed.map((p) => [p.route, p]))
  const grades: PageGrade[] = []
  for (const entry of parsed) {
    const at = (node: { position?: { start: { line: number; column: number } } } | undefined, problem: Omit<ContentProblem, 'file'>) =>
      problems.push({ file: entry.shownFile, line: node?.position?.start.line, column: node?.position?.start.column, ...problem })

    if (entry.page) problems.push(...checkReviewDates(entry, options.today))
    if (entry.page) problems.push(...checkSources(entry.page, entry.source, entry.shownFile, options.today))
    if (entry.page) problems.push(...checkClinicalReview(entry.page, entry.source, entry.shownFile))
    if (entry.page && entry.tree && entry.route === FAQ_ROUTE) problems.push(...checkFaq(entry.page))
    if (!entry.tree) continue
    checkTree(entry, byRoute, publicDir, at)
    problems.push(...checkWords(entry))
    const grade = readingGrade(entry.tree)
    const limit = readingGradeLimitFor(entry.route)
    grades.push({ file: entry.shownFile, grade, limit })
    problems.push(...checkGrade(entry.shownFile, grade, limit))
  }

  // 3. Pages the site cannot do without: the navigation and every program in the facts.
  const required = ['/', ...MAIN_NAV_ROUTES, ...FOOTER_ROUTES, ...facts.programs.map((p) => p.href)]
  for (const route of required) {
    if (!byRoute.has(route)) {
      problems.push({
        file: `${displayDir}${route === '/' ? '/index' : route}.mdx`,
        message: `The page for ${route} is missing. The menu, footer or program facts link to it.`,
        hint: 'Add this file (copy a similar page to start), or ask a developer to change the menu or the program facts.',
        severity: 'error',
      })
    }
  }

  // --strict turns warnings into errors, except those that must never stop the build.
  const finalProblems = options.strict
    ? problems.map((p) => (p.staysWarning ? p : { ...p, severity: 'error' as const }))
    : problems
  return { files: parsed.length, problems: sortProblems(finalProblems), grades }
}

/** The FAQ's questions and answers become search data (lib/faq.ts): each must be readable. */
function checkFaq(page: Page): ContentProblem[] {
  try {
    faqEntries(page)
    return []
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

// ---------------------------------------------------------------------------------------------
// MDX
// ---------------------------------------------------------------------------------------------

/** Compiles the file the way the site does, keeping the syntax tree for the other checks. */
async function compileMdx(source: string, shownFile: string): Promise<{ tree: Root } | { problem: ContentProblem }> {
  let tree: Root | undefined
  const keepTree = () => (root: Root) => {
    tree = structuredClone(root)
  }
  try {
    await compile(source, { remarkPlugins: [remarkFrontmatter, remarkGfm, keepTree] })
    return { tree: tree! }
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error
    // Some messages (an unclosed tag found at the end of the file) carry the place only in their
    // text, as "(8:1-8:9)": the line where the tag was opened, which is where to look.
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(error.reason)
    return {
      problem: {
        file: shownFile,
        line: error.line ?? (inText ? Number(inText[1]) : undefined),
        column: error.column ?? (inText ? Number(inText[2]) : undefined),
        message: `This part of the page cannot be read: ${error.reason}`,
        hint: 'Check the line (and the one before it): every <Component> needs a closing </Component> or must end with />, text in attributes needs "quotes", and a { or < meant as text must be written as \\{ or \\<.',
        severity: 'error',
      },
    }
  }
}

function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

function attribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name)
}

/** Ids that a link can point at: headings (as rehype-slug makes them) and explicit id="…". */
function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger()
  const ids = new Set<string>()
  visit(tree, (node) => {
    if (node.type === 'heading') ids.add(slugger.slug(toString(node)))
    if (isJsx(node)) {
      const id = attribute(node, 'id')
      if (typeof id?.value === 'string') ids.add(id.value)
    }
  })
  return ids
}

type Report = (node: { position?: { start: { line: number; column: number } } } | undefined, problem: Omit<ContentProblem, 'file'>) => void

function checkTree(entry: ParsedFile, byRoute: Map<string, ParsedFile>, publicDir: string, report: Report) {
  let previousDepth = 1 // the page title is the h1
  visit(entry.tree!, (node) => {
    switch (node.type) {
      case 'heading':
        checkHeading(node, previousDepth, report)
        previousDepth = node.depth
        break
      case 'mdxjsEsm':
        report(node, {
          message: 'Pages cannot contain import or export lines.',
          hint: 'Remove the line. Use the components listed in CONTENT.md; they need no import.',
          severity: 'error',
        })
        break
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report(node, {
            message: 'Curly braces { } hold code, which pages cannot contain.',
            hint: 'To show a { as text, write \\{. For a comment, write {/* your note */}.',
            severity: 'error',
          })
        }
        break
      case 'link':
        checkLink(node.url, node, entry, byRoute, publicDir, report)
        break
      case 'image':
        checkImage(node.url, node.alt ?? '', node, publicDir, report)
        break
      case 'text':
        for (const match of node.value.matchAll(TYPED_PHONE)) {
          report(offsetPosition(node, match.index), {
            message: `The phone number "${match[0]}" is typed by hand.`,
            hint: 'Use <PhoneLink /> (or <PhoneLink line="samhsa" /> and the like), so the number comes from the program facts and is a tap-to-call link.',
            severity: 'error',
          })
        }
        break
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node, entry, byRoute, publicDir, report)
        break
    }
  })
}

function checkHeading(node: Heading, previousDepth: number, report: Report) {
  if (node.depth === 1) {
    report(node, {
      message: 'This page has a main heading (#) in its text.',
      hint: 'The page title in the frontmatter is the main heading. Start headings in the text with ## instead.',
      severity: 'error',
    })
  } else if (node.depth > previousDepth + 1) {
    report(node, {
      message: `This heading skips a level (a level-${node.depth} heading after a level-${previousDepth} one), which confuses screen readers.`,
      hint: `Use ${'#'.repeat(previousDepth + 1)} for this heading.`,
      severity: 'error',
    })
  }
}

function checkComponent(node: JsxElement, entry: ParsedFile, byRoute: Map<string, ParsedFile>, publicDir: string, report: Report) {
  const name = node.name
  if (!name) return // a fragment <>…</>
  const isComponent = /^[A-Z]/.test(name)
  if (isComponent && !COMPONENT_NAMES.includes(name)) {
    const suggestion = closestName(name, COMPONENT_NAMES)
    report(node, {
      message: `There is no component called <${name}>.${suggestion ? ` Did you mean <${suggestion}>?` : ''}`,
      hint: `The components you can use are: ${COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')}. CONTENT.md shows an example of each.`,
      severity: 'error',
    })
    return
  }
  if (!isComponent) {
    if (name === 'img') {
      const src = attribute(node, 'src')?.value
      const alt = attribute(node, 'alt')?.value
      checkImage(typeof src === 'string' ? src : '', typeof alt === 'string' ? alt : '', node, publicDir, report)
    }
    const href = attribute(node, 'href')?.value
    if (typeof href === 'string') checkLink(href, node, entry, byRoute, publicDir, report)
    return
  }

  const expressionAttribute = node.attributes.find(
    (a): a is MdxJsxAttribute | MdxJsxExpressionAttribute =>
      a.type === 'mdxJsxExpressionAttribute' || (a.type === 'mdxJsxAttribute' && typeof a.value === 'object' && a.value !== null && name !== 'PhoneLink'),
  )
  if (expressionAttribute) {
    report(node, {
      message: `<${name}> has a value in curly braces { }.`,
      hint: 'Write values in "quotes", like <Fact name="iop.weeks" />.',
      severity: 'error',
    })
    return
  }

  if (name === 'Fact' || name === 'FactList') {
    const factName = attribute(node, 'name')?.value
    if (typeof factName !== 'string' || factName === '') {
      report(node, {
        message: `<${name}> needs a name, to say which fact to show.`,
        hint: `Write it like <${name} name="${name === 'Fact' ? 'iop.weeks' : 'sacot.includes'}" />. CONTENT.md lists every name.`,
        severity: 'error',
      })
    } else if (!factNames.includes(factName)) {
      const suggestion = closestName(factName, name === 'FactList' ? LIST_FACTS : factNames)
      report(node, {
        message: `There is no fact called "${factName}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        hint: 'Check the spelling against the list of fact names in CONTENT.md (capital letters matter).',
        severity: 'error',
      })
    } else if (name === 'FactList' && !LIST_FACTS.includes(factName)) {
      report(node, {
        message: `The fact "${factName}" is a single value, not a list.`,
        hint: `Use <Fact name="${factName}" /> to show it inside a sentence.`,
        severity: 'error',
      })
    }
  }
  if (name === 'PhoneLink') {
    const line = attribute(node, 'line')?.value
    if (line !== undefined && line !== null && (typeof line !== 'string' || !PHONE_LINES.includes(line))) {
      report(node, {
        message: `<PhoneLink> has an unknown line "${typeof line === 'string' ? line : '…'}".`,
        hint: `Leave line out for our program number, or use one of: ${PHONE_LINES.map((l) => `"${l}"`).join(', ')}.`,
        severity: 'error',
      })
    } else if (attribute(node, 'sms') && !(typeof line === 'string' && line in facts.crisisLines && facts.crisisLines[line as keyof typeof facts.crisisLines].text)) {
      // Whether a line takes text messages is a fact: a text link to one that does not would fail.
      report(node, {
        message: `<PhoneLink sms> makes a text-message link, but the facts say ${typeof line === 'string' && line !== 'program' ? `the line "${line}"` : 'our program number'} does not take texts.`,
        hint: 'Remove sms (and the words "or text" next to it), or set text: true for that line in content/program-facts.yaml if it really takes texts.',
        severity: 'error',
      })
    }
  }
}

function checkLink(url: string, node: Nodes, entry: ParsedFile, byRoute: Map<string, ParsedFile>, publicDir: string, report: Report) {
  if (/^(tel|sms):/i.test(url)) {
    report(node, {
      message: `The link "${url}" has a phone number typed by hand.`,
      hint: 'Use <PhoneLink /> instead, so the number comes from the program facts.',
      severity: 'error',
    })
    return
  }
  if (!url.startsWith('/') && !url.startsWith('#')) return // other websites and email: not ours to check
  const [pathPart, anchor] = url.split('#', 2)
  const route = pathPart === '' ? entry.route : pathPart.replace(/\/+$/, '') || '/'
  const target = byRoute.get(route)
  if (!target) {
    if (pathPart && fs.existsSync(path.join(publicDir, decodeURIComponent(pathPart)))) return
    const suggestion = closestName(route, [...byRoute.keys()])
    report(node, {
      message: `The link to "${url}" goes to a page that does not exist.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      hint: 'Links to our own pages start with / and match a file under content/: /faq is content/faq.mdx, /programs/sacot is content/programs/sacot.mdx.',
      severity: 'error',
    })
    return
  }
  if (anchor && !target.anchors.has(anchor)) {
    const suggestion = closestName(anchor, [...target.anchors])
    report(node, {
      message: `The link to "${url}" points to a part of the page (#${anchor}) that does not exist.${suggestion ? ` Did you mean "#${suggestion}"?` : ''}`,
      hint: 'The part after # is made from a heading on that page: lowercase, with spaces turned into hyphens and punctuation dropped ("How long does an IOP last?" becomes #how-long-does-an-iop-last). If the heading changed, change the link too.',
      severity: 'error',
    })
  }
}

function checkImage(src: string, alt: string, node: Nodes, publicDir: string, report: Report) {
  if (alt.trim() === '') {
    report(node, {
      message: 'This image has no text alternative (alt text).',
      hint: 'Describe what the image shows for people who cannot see it: ![A counselor talking with a small group](/images/group.jpg). If it is only decoration, ask whether the page needs it.',
      severity: 'error',
    })
  }
  if (src.startsWith('/') && !fs.existsSync(path.join(publicDir, decodeURIComponent(src)))) {
    report(node, {
      message: `The image file "${src}" does not exist.`,
      hint: `Put the file in the public folder (public${src}) or correct the name.`,
      severity: 'error',
    })
  } else if (!src.startsWith('/')) {
    report(node, {
      message: `The image "${src}" is not on this site.`,
      hint: 'Images must be files in the public folder, so that no other company sees who reads the page. Save the file in public/images/ and link to /images/its-name.',
      severity: 'error',
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Review dates
// ---------------------------------------------------------------------------------------------

function checkReviewDates(entry: ParsedFile, today: string): ContentProblem[] {
  const { lastReviewed, nextReview } = entry.page!.frontmatter
  const problems: ContentProblem[] = []
  if (lastReviewed > today) {
    problems.push({
      file: entry.shownFile,
      line: frontmatterLine(entry.source, 'lastReviewed'),
      column: 1,
      field: 'lastReviewed',
      message: `The last review date (${lastReviewed}) is in the future (today is ${today}).`,
      hint: 'Write the date the page was actually reviewed.',
      severity: 'error',
    })
  }
  if (nextReview < today) {
    problems.push({
      file: entry.shownFile,
      line: frontmatterLine(entry.source, 'nextReview') ?? frontmatterLine(entry.source, 'lastReviewed'),
      column: 1,
      field: 'nextReview',
      message: `This page was due for review on ${nextReview}.`,
      hint: 'Check the page is still right, then set lastReviewed to the date you checked it (and remove or update nextReview).',
      severity: 'warning',
    })
  }
  return problems
}


// ---------------------------------------------------------------------------------------------
// Words and reading grade
// ---------------------------------------------------------------------------------------------

/** Text that readers see, block by block, with facts filled in as the page shows them. */
function readableBlocks(tree: Root): string[] {
  const blocks: string[] = []
  const textOf = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value
    if (isJsx(node) && (node.name === 'Fact' || node.name === 'PhoneLink')) {
      const value = node.name === 'Fact' ? namedFacts[String(attribute(node, 'name')?.value)] : facts.phone.display
      return Array.isArray(value) ? value.join(', ') : String(value ?? '')
    }
    return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : ''
  }
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(textOf(node).trim())
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
    counts.sentence += [...sentences.segment(block)].filter((s) => s.segment.trim()).length
    for (const { segment, isWordLike } of words.segment(block)) {
      if (!isWordLike) continue
      counts.word += 1
      counts.syllable += /^\d+$/.test(segment) ? 1 : Math.max(1, syllable(segment))
    }
  }
  return Math.round(fleschKincaid(counts) * 10) / 10 || 0
}

function checkGrade(file: string, grade: number, limit: number): ContentProblem[] {
  const hint =
    'Use shorter sentences (aim for 15 words or fewer) and everyday words: "use" not "utilize", "help" not "facilitate". Split long sentences in two, and turn lists of things into bullet points.'
  if (grade > limit) {
    return [{ file, message: `The page reads at grade ${grade}, above its limit of ${limit}.`, hint, severity: 'error' }]
  }
  if (grade > limit - READING_GRADE_WARNING_MARGIN) {
    return [{ file, message: `The page reads at grade ${grade}, close to its limit of ${limit}.`, hint, severity: 'warning' }]
  }
  return []
}

/** Stigmatizing words, outside the proper names that must keep them. */
function checkWords(entry: ParsedFile): ContentProblem[] {
  const problems: ContentProblem[] = []
  const seen = new Set<string>()
  const check = (text: string, position: (index: number) => { line?: number; column?: number }) => {
    const allowed = PROPER_NAME_ALLOW_LIST.flatMap((name) =>
      [...text.matchAll(new RegExp(escapeRegExp(name), 'gi'))].map((m) => [m.index, m.index + name.length]),
    )
    for (const rule of PERSON_FIRST_WORDS) {
      for (const match of text.matchAll(rule.pattern)) {
        const inName = allowed.some(([start, end]) => match.index >= start && match.index < end)
        const key = `${JSON.stringify(position(match.index))}`
        if (inName || seen.has(key)) continue
        seen.add(key)
        problems.push({
          file: entry.shownFile,
          ...position(match.index),
          message: `"${match[0]}" can make people feel judged.`,
          hint: `Write ${rule.instead} instead (person-first language; see "Words to use" in CONTENT.md).`,
          severity: 'error',
        })
      }
    }
  }
  if (entry.page) {
    for (const field of ['title', 'description'] as const) {
      const line = frontmatterLine(entry.source, field)
      check(entry.page.frontmatter[field], () => ({ line, column: 1 }))
    }
  }
  visit(entry.tree!, 'text', (node) => check(node.value, (index) => offsetPosition(node, index).position?.start ?? {}))
  return problems
}

/** The file position of a character inside a text node (close enough for escaped text). */
function offsetPosition(node: Nodes, index: number): { position?: { start: { line: number; column: number } } } {
  const start = node.position?.start
  if (!start || !('value' in node)) return node
  const before = node.value.slice(0, index).split('\n')
  const line = start.line + before.length - 1
  const column = before.length === 1 ? start.column + index : before.at(-1)!.length + 1
  return { position: { start: { line, column } } }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
