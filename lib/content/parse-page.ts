/**
 * One page's source text to a checked Page: the frontmatter split from the body, read as YAML
 * with lines kept, checked by the schema, every problem named by file, line and field.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml'
import { contentFileForRoute, englishRouteOf, localeOfRoute, routeForContentFile, segmentsOf } from '@/lib/base/addresses'
import { closestName } from '@/lib/base/suggest'
import { firstAlias } from '@/lib/base/yaml-data'
import { CONTENT_DIR } from '@/lib/content/folder'
import { addOneYear, frontmatterSchema, sourceSchema, type Page } from '@/lib/content/frontmatter'
import { ContentError, type ContentProblem } from '@/lib/content/problems'

/** The largest page source the site accepts, in bytes: far above any real page (the FAQ is ~15 KB). */
export const MAX_PAGE_BYTES = 200 * 1024

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

export function loadPageFile(file: string, dir = CONTENT_DIR): Page {
  return parsePage(fs.readFileSync(path.join(dir, file), 'utf8'), file, path.relative(process.cwd(), dir) || '.')
}
