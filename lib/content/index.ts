/**
 * The one way into content. Lists, loads and validates every MDX page under `content/`.
 *
 * Pages, `generateStaticParams`, the sitemap, the content check and the tests all go through
 * here, so a page that is wrong fails the build with its file, line and field named, and a page
 * that is added shows up everywhere without a code change.
 *
 * Where a file lives decides its address, at any depth (lib/base/addresses.ts):
 *   content/index.mdx            -> /
 *   content/faq.mdx              -> /faq
 *   content/programs/index.mdx   -> /programs
 *   content/programs/sacot.mdx   -> /programs/sacot
 */
import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml'
import { z } from 'zod'
import { contentFileForRoute, englishRouteOf, localeOfRoute, routeForContentFile, routeOf, segmentsOf, type Locale } from '@/lib/base/addresses'
import { GUIDANCE_KINDS, REVIEWER_ROLES, TRANSLATION_REVIEWER_ROLES } from '@/lib/base/content-rules'
import { closestName } from '@/lib/base/suggest'
import { firstAlias, withoutStack } from '@/lib/base/yaml-data'

export const CONTENT_DIR = path.join(process.cwd(), 'content')

// ---------------------------------------------------------------------------------------------
// Frontmatter schema
// ---------------------------------------------------------------------------------------------

/** True for a date that exists on the calendar: 2026-02-28 yes, 2026-02-30 no. */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && toIsoDate(date) === value
}

const isoDate = z
  .string({ error: 'Write the date as year-month-day, for example 2026-11-27.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as year-month-day, for example 2026-11-27.')
  .refine(isRealDate, { message: 'This is not a real date. Check the month and the day.' })

/** An https address: the full address of the page used, so a reader can open it safely. */
const httpsAddress = z
  .string({ error: 'Add the full web address of the page you used, starting with https://.' })
  .trim()
  .refine(
    (value) => {
      try {
        return new URL(value).protocol === 'https:'
      } catch {
        return false
      }
    },
    { message: 'Write the full address starting with https://, like https://www.samhsa.gov/find-help/national-helpline. An http:// address is not accepted.' },
  )

/** A source's short name: lowercase words and digits joined by hyphens, like "gs-90-96-2". */
export const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * One public source of general health or legal information on a page: what a reader needs to find
 * it and judge it. Shown under "Sources" at the foot of the page.
 */
export const sourceSchema = z.strictObject({
  /** The source's short name, which a citation in the text names: <Cite source="cdc-overdose" />. */
  id: z
    .string({ error: 'Give the source a short name of its own, like cdc-overdose. The text cites it with <Cite source="cdc-overdose" />.' })
    .regex(SOURCE_ID, 'Write the short name in lowercase letters, digits and hyphens, like cdc-overdose.'),
  title: z.string({ error: 'Add the title of the page you used, as it appears on that page.' }).trim().min(3, 'The title is too short.'),
  publisher: z
    .string({ error: 'Add who published it, like "Centers for Disease Control and Prevention (CDC)".' })
    .trim()
    .min(2, 'Add who published it.'),
  url: httpsAddress,
  accessed: isoDate,
  /**
   * The language of the page used, where it is not English: Spanish pages cite the Spanish page
   * of the same publisher where there is one (es), and an English page otherwise, which the page
   * then marks as English (lang="en", "en inglés").
   */
  language: z.enum(['es'], { error: 'Write es for a page in Spanish, or leave this out for a page in English.' }).optional(),
})

export type Source = z.output<typeof sourceSchema>

/**
 * Where a Spanish page came from: the English text it was translated from (a fingerprint of the
 * English page's title, description and body, lib/content/translation.ts), when, and who reviewed the
 * translation. The content check compares the fingerprint with the English page as it is now.
 */
export const translationSchema = z.strictObject(
  {
    englishText: z
      .string({ error: 'Write the fingerprint of the English text this page was translated from. npm run content:check prints it.' })
      .regex(/^[0-9a-f]{12}$/, 'The fingerprint is 12 letters and digits (0-9, a-f). Copy it from what npm run content:check prints for the English page.'),
    translatedOn: isoDate,
    reviewedBy: z
      .enum(TRANSLATION_REVIEWER_ROLES, {
        error: `Only a ${TRANSLATION_REVIEWER_ROLES.join(' or ')} reviews a translation. Leave this out until one has: the page then says, in Spanish, that its translation waits for a review.`,
      })
      .optional(),
    reviewedOn: isoDate.optional(),
  },
  { error: 'Write "translation:" with englishText, translatedOn and, once a qualified translator has reviewed the page, reviewedBy and reviewedOn under it.' },
)

export type Translation = z.output<typeof translationSchema>

/** The fields every page has. Unknown fields are errors, so a misspelled key is never ignored. */
export const frontmatterSchema = z
  .strictObject({
    title: z
      .string({ error: 'Add a title: the main heading of the page.' })
      .trim()
      .min(3, 'The title is too short.')
      .max(70, 'Keep the title under 70 characters so it fits in search results.'),
    description: z
      .string({ error: 'Add a description: one or two sentences that say what the page is about.' })
      .trim()
      .min(50, 'Make the description at least 50 characters: it is what search engines show.')
      .max(160, 'Keep the description under 160 characters: search engines cut longer ones.'),
    navTitle: z.string().trim().min(1).max(30, 'Keep the short title under 30 characters.').optional(),
    lastReviewed: isoDate,
    reviewedBy: z.enum(REVIEWER_ROLES, {
      error: `Write the role of whoever last checked the page, one of: ${REVIEWER_ROLES.join(', ')}. Name only a review that took place.`,
    }),
    nextReview: isoDate.optional(),
    /** What general guidance the page gives: health, legal, or both. */
    guidance: z
      .array(z.enum(GUIDANCE_KINDS, { error: `Use ${GUIDANCE_KINDS.join(' or ')}.` }), {
        error: `Write a list in square brackets, like [health] or [health, legal].`,
      })
      .min(1, 'Name at least one kind of guidance, or leave the field out.')
      .optional(),
    /** The public sources of the page's general health or legal information. */
    sources: z.array(sourceSchema, { error: 'List each source as an item starting with "- title:". See CONTENT.md.' }).min(1, 'List at least one source, or leave the field out.').optional(),
    /** Spanish pages only: the English text they were translated from. */
    translation: translationSchema.optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.guidance && !fm.sources) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'A page that gives health or legal guidance lists the public sources it is based on. Add them under "sources:".',
      })
    }
    if (fm.translation && (fm.translation.reviewedBy === undefined) !== (fm.translation.reviewedOn === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['translation', fm.translation.reviewedBy === undefined ? 'reviewedBy' : 'reviewedOn'],
        message: 'Write both who reviewed the translation (reviewedBy) and the date (reviewedOn), or neither.',
      })
    }
    // Compared only when both dates are real; otherwise the date's own error says what to fix.
    if (fm.nextReview && isRealDate(fm.nextReview) && isRealDate(fm.lastReviewed) && fm.nextReview <= fm.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `The next review (${fm.nextReview}) must come after the last review (${fm.lastReviewed}).`,
      })
    }
  })

export type Frontmatter = z.output<typeof frontmatterSchema>

export interface Page {
  /** The web address, like "/programs/sacot". */
  route: string
  /** Path segments of the address, like ["programs", "sacot"]; [] for the home page. */
  segments: string[]
  /** The page's language: "es" for a page under content/es/, else "en". */
  locale: Locale
  /** The address of the English page this one is, or translates: "/faq" for "/es/faq". */
  englishRoute: string
  /** The file, relative to content/, like "programs/sacot.mdx". */
  file: string
  frontmatter: Frontmatter & { nextReview: string }
  /** The MDX after the frontmatter block. */
  body: string
  /** Line in the file where `body` starts (1-based), to point at lines in the body. */
  bodyStartLine: number
}

// ---------------------------------------------------------------------------------------------
// Errors that name the file, the line and what to do
// ---------------------------------------------------------------------------------------------

export interface ContentProblem {
  /** Relative to the repository, like "content/faq.mdx". */
  file: string
  line?: number
  column?: number
  /** The frontmatter field or other thing at fault, when there is one. */
  field?: string
  /** What is wrong, in plain words. */
  message: string
  /** What to do about it. */
  hint?: string
  severity: 'error' | 'warning'
  /**
   * A warning that stays a warning under --strict: something staff should see that must not stop
   * the site from being built, such as a page that waits for a clinician's review.
   */
  staysWarning?: true
}

export function formatProblem(p: ContentProblem): string {
  const where = [p.file, p.line, p.line ? (p.column ?? 1) : undefined].filter((x) => x !== undefined).join(':')
  const what = `${where} ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message}`
  return p.hint ? `${what}\n    What to do: ${p.hint}` : what
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content problem(s) found. Fix these, then build again:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'ContentError'
    withoutStack(this)
  }
}

// ---------------------------------------------------------------------------------------------
// Listing and loading
// ---------------------------------------------------------------------------------------------

/** The facts file, the one file under content/ that is not a page. */
const FACTS_FILE_NAME = 'program-facts.yaml'

/** A page's file name, and each folder's: lowercase letters, digits and single hyphens. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The largest page source the site accepts, in bytes: far above any real page (the FAQ is ~15 KB). */
export const MAX_PAGE_BYTES = 200 * 1024

/** "Upper Case é" -> "upper-case-e": the nearest valid name, for messages. */
export function suggestedName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'new-page'
  )
}

interface ContentListing {
  /** Page files, relative to the folder with forward slashes, sorted. */
  files: string[]
  /** Files and folders that are not valid pages, each with what to do. */
  problems: ContentProblem[]
}

/**
 * What is under `dir`: the page files, and anything that cannot be one. Only these are accepted:
 * .mdx pages and folders named in lowercase letters, digits and hyphens, and the facts file.
 * A link (symlink) is refused: it would bring in files from outside content/.
 */
export function readContentFolder(dir = CONTENT_DIR): ContentListing {
  const shownDir = path.relative(process.cwd(), dir) || '.'
  const files: string[] = []
  const problems: ContentProblem[] = []
  const refuse = (relative: string, message: string, hint: string) => problems.push({ file: `${shownDir}/${relative}`, message, hint, severity: 'error' })
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(path.join(dir, folder), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name
      if (entry.isSymbolicLink()) {
        refuse(relative, 'This is a link to another place (a symbolic link), not a real file or folder.', 'Put the real file or folder here instead of the link, or remove it.')
      } else if (entry.isDirectory()) {
        if (NAME.test(entry.name)) walk(relative)
        else refuse(relative, `The folder name "${entry.name}" can only have lowercase letters, digits and hyphens: it becomes part of web addresses.`, `Rename the folder to "${suggestedName(entry.name)}".`)
      } else if (relative === FACTS_FILE_NAME) {
        continue
      } else if (!entry.name.endsWith('.mdx')) {
        refuse(relative, 'Only pages (files ending in .mdx) and the program facts file belong in the content folder.', 'Move this file out of content/. Images go in public/images/.')
      } else if (!NAME.test(entry.name.slice(0, -'.mdx'.length))) {
        refuse(
          relative,
          `The file name "${entry.name}" can only have lowercase letters, digits and hyphens before .mdx: it becomes the page's web address.`,
          `Rename the file to "${suggestedName(entry.name.slice(0, -'.mdx'.length))}.mdx".`,
        )
      } else {
        files.push(relative)
      }
    }
  }
  walk('')
  return { files: files.sort(), problems }
}

/** Every valid page file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listContentFiles(dir = CONTENT_DIR): string[] {
  return readContentFolder(dir).files
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/

export interface SplitSource {
  yamlText: string
  body: string
  /** Line in the file where `body` starts (1-based). */
  bodyStartLine: number
}

/** Some Windows editors start a file with a byte order mark (U+FEFF); it is not part of the page. */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

/** Separates the frontmatter block from the MDX body; null when the file has no frontmatter. */
export function splitFrontmatter(source: string): SplitSource | null {
  const match = FRONTMATTER.exec(source)
  if (!match) return null
  return {
    yamlText: match[1],
    body: source.slice(match[0].length),
    bodyStartLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1),
  }
}

/** Reads a page's source text and checks its frontmatter. Throws ContentError on any problem. */
export function parsePage(text: string, file: string, displayDir = 'content'): Page {
  const shownFile = `${displayDir}/${file}`
  if (Buffer.byteLength(text) > MAX_PAGE_BYTES) {
    throw new ContentError([
      {
        file: shownFile,
        message: `This page is ${Math.round(Buffer.byteLength(text) / 1024)} KB, more than the ${MAX_PAGE_BYTES / 1024} KB a page can be.`,
        hint: 'Split it into several pages, each on one subject. A page this long is too long to read on a phone.',
        severity: 'error',
      },
    ])
  }
  const source = withoutByteOrderMark(text)
  const split = splitFrontmatter(source)
  if (!split) {
    throw new ContentError([
      {
        file: shownFile,
        line: 1,
        column: 1,
        message: 'This page has no frontmatter.',
        hint: 'Start the file with a block between two "---" lines that gives title, description, lastReviewed and reviewedBy. Copy the top of another page and change it.',
        severity: 'error',
      },
    ])
  }
  const { yamlText, body, bodyStartLine } = split
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false })
  // The YAML starts on line 2 of the file, after the opening "---".
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line: line + 1, column: col }
  }

  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({
        file: shownFile,
        ...at(error.pos[0]),
        message: `The frontmatter is not written correctly (${error.message.split('\n')[0]}).`,
        hint: 'Each line should look like "title: Your title". Put quotes around text that has a colon in it.',
        severity: 'error' as const,
      })),
    )
  }

  const alias = firstAlias(doc)
  if (alias) {
    throw new ContentError([{ file: shownFile, ...at(alias), message: 'The frontmatter uses a YAML alias (*name), which pages do not accept.', hint: 'Write the value out in full instead of *name.', severity: 'error' }])
  }
  const data: unknown = doc.toJS() ?? {}
  const result = frontmatterSchema.safeParse(data)
  if (!result.success) {
    const problems: ContentProblem[] = []
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // A misspelled field of the page, or of one of its sources.
        const inSource = issue.path[0] === 'sources'
        const container = issue.path.length === 0 ? doc.contents : doc.getIn(issue.path, true)
        for (const key of issue.keys) {
          const known = Object.keys(inSource ? sourceSchema.shape : frontmatterSchema.shape)
          const close = closestName(key, known)
          problems.push({
            file: shownFile,
            ...at(keyOffset(container, key) ?? 0),
            field: fieldLabel([...issue.path, key]),
            message: `"${key}" is not a field ${inSource ? 'a source' : 'pages'} can have.${close ? ` Did you mean "${close}"?` : ''}`,
            hint: `Rename or remove it. The fields are: ${known.join(', ')}.`,
            severity: 'error',
          })
        }
        continue
      }
      const field = fieldLabel(issue.path)
      const node = doc.getIn(issue.path, true) as Node | undefined
      const missing = node === undefined
      problems.push({
        file: shownFile,
        // A missing field has no line: point at the nearest part that exists (its source, say).
        ...at(node?.range?.[0] ?? nearestOffset(doc, issue.path)),
        field,
        message: missing ? 'This field is missing.' : issue.message,
        hint: missing ? issue.message : 'See "Page details (frontmatter)" in CONTENT.md.',
        severity: 'error',
      })
    }
    throw new ContentError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)))
  }

  const fm = result.data
  const route = routeForContentFile(file)
  const locale = localeOfRoute(route)
  // A Spanish page says what it was translated from; an English page is the original.
  if (locale === 'es' && !fm.translation) {
    throw new ContentError([
      {
        file: shownFile,
        line: 1,
        column: 1,
        field: 'translation',
        message: 'This Spanish page does not say which English text it was translated from.',
        hint: `Add "translation:" with englishText (the fingerprint npm run content:check prints for content/${contentFileForRoute(englishRouteOf(route))}) and translatedOn (the date). See "Spanish pages" in CONTENT.md.`,
        severity: 'error',
      },
    ])
  }
  if (locale === 'en' && fm.translation) {
    throw new ContentError([
      {
        file: shownFile,
        ...at(doc.getIn(['translation'], true) ? ((doc.getIn(['translation'], true) as Node).range?.[0] ?? 0) : 0),
        field: 'translation',
        message: 'Only Spanish pages (under content/es/) have a "translation" field: an English page is the original.',
        hint: 'Remove the translation field from this page.',
        severity: 'error',
      },
    ])
  }
  return {
    route,
    segments: segmentsOf(route),
    locale,
    englishRoute: englishRouteOf(route),
    file,
    frontmatter: { ...fm, nextReview: fm.nextReview ?? addOneYear(fm.lastReviewed) },
    body,
    bodyStartLine,
  }
}

/** ["sources", 1, "url"] -> "sources, item 2, url": a field's name as staff read it. */
function fieldLabel(fieldPath: readonly PropertyKey[]): string {
  return fieldPath.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(', ')
}

/** Where the nearest enclosing part of a missing field starts in the YAML. */
function nearestOffset(doc: ReturnType<typeof parseDocument>, fieldPath: readonly PropertyKey[]): number {
  for (let n = fieldPath.length - 1; n > 0; n--) {
    const node = doc.getIn(fieldPath.slice(0, n), true) as Node | undefined
    if (node?.range) return node.range[0]
  }
  return 0
}

function keyOffset(contents: unknown, key: string): number | undefined {
  if (!isMap(contents)) return undefined
  const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key)
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addOneYear(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  date.setUTCFullYear(date.getUTCFullYear() + 1)
  return toIsoDate(date)
}

export function loadPageFile(file: string, dir = CONTENT_DIR): Page {
  return parsePage(fs.readFileSync(path.join(dir, file), 'utf8'), file, path.relative(process.cwd(), dir) || '.')
}

/**
 * Every page, checked. Collects every file's problems before throwing, so one build shows them
 * all. Cached per directory for the life of the process (one build, one check run), except in
 * edit mode (`npm run edit`), where each visit reads the files as they are now, so the preview
 * shows a new page or a changed title at once.
 */
const cache = new Map<string, Page[]>()
const readFreshEachTime = process.env.ANUVIA_EDIT === '1'
export function getAllPages(dir = CONTENT_DIR): Page[] {
  const cached = readFreshEachTime ? undefined : cache.get(dir)
  if (cached) return cached
  const pages: Page[] = []
  const listing = readContentFolder(dir)
  const problems: ContentProblem[] = [...listing.problems]
  for (const file of listing.files) {
    try {
      pages.push(loadPageFile(file, dir))
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems)
      else throw error
    }
  }
  // programs.mdx and programs/index.mdx would both be /programs: one would silently win.
  const displayDir = path.relative(process.cwd(), dir) || '.'
  for (const [index, page] of pages.entries()) {
    const first = pages.findIndex((p) => p.route === page.route)
    if (first !== index) {
      problems.push({
        file: `${displayDir}/${page.file}`,
        message: `This page has the same web address (${page.route}) as ${displayDir}/${pages[first].file}.`,
        hint: 'Keep one of the two files: rename or remove the other.',
        severity: 'error',
      })
    }
  }
  problems.push(...sameTitleProblems(pages, displayDir))
  if (problems.length > 0) throw new ContentError(problems)
  cache.set(dir, pages)
  return pages
}

/** Two pages with one title: readers and search results could not tell them apart. */
export function sameTitleProblems(pages: readonly Pick<Page, 'file' | 'frontmatter'>[], displayDir: string): ContentProblem[] {
  const byTitle = new Map<string, string>()
  const problems: ContentProblem[] = []
  for (const page of pages) {
    const key = page.frontmatter.title.trim().toLowerCase()
    const first = byTitle.get(key)
    if (first === undefined) byTitle.set(key, page.file)
    else {
      problems.push({
        file: `${displayDir}/${page.file}`,
        field: 'title',
        message: `This page has the same title ("${page.frontmatter.title}") as ${displayDir}/${first}.`,
        hint: 'Give each page a title of its own, which says how it differs from the other.',
        severity: 'error',
      })
    }
  }
  return problems
}

/** The page at an address, or undefined where there is none (a folder with no page of its own). */
export function findPage(route: string, dir = CONTENT_DIR): Page | undefined {
  return getAllPages(dir).find((p) => p.route === route)
}

export function getPage(segments: readonly string[], dir = CONTENT_DIR): Page {
  const route = routeOf(segments)
  const page = findPage(route, dir)
  // Routes only ask for pages that generateStaticParams listed, so this is a programming error.
  if (!page) throw new Error(`No content file for ${route}. Expected ${contentFileForRoute(route)} under content/.`)
  return page
}

/** The label for navigation and breadcrumbs. */
export function shortTitle(page: Page): string {
  return page.frontmatter.navTitle ?? page.frontmatter.title
}
