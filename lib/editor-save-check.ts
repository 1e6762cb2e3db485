/**
 * The checks the build would run, applied to what the editor is about to write, so a save that
 * would stop the build is refused with the schema's own words instead of reaching the disk.
 * Keystatic's form rules catch most mistakes field by field; this catches the rest (facts that
 * contradict each other, like a shortest stay longer than the longest) with lib/program-facts.ts's
 * zod check and lib/content.ts's frontmatter check.
 */
import { isMap, isScalar, isSeq, parse as parseYaml, parseDocument, type Document } from 'yaml'
import { ContentError, formatProblem, parsePage } from '@/lib/content'
import { FACTS_FILE, parseProgramFacts } from '@/lib/program-facts'

/** One file the editor sends in a save: its path in the repository and its bytes in base64. */
export interface EditorAddition {
  path: string
  contents: string
}

const FRONTMATTER_BLOCK = /^---\r?\n[\s\S]*?\r?\n---\r?\n/
const EMPTY_LIST_LINE = /^[A-Za-z]\w*: \[\]\r?\n/gm

/**
 * The editor writes a list field with nothing in it (no sources, no guidance) as `sources: []`.
 * For a page, a field that is left out means "none", and the page schema rejects an empty list:
 * such lines are dropped from the details block before the file is written.
 */
export function withoutEmptyLists(additions: readonly EditorAddition[]): EditorAddition[] {
  return additions.map((addition) => {
    if (!addition.path.endsWith('.mdx')) return addition
    const text = Buffer.from(addition.contents, 'base64').toString('utf8')
    const cleaned = text.replace(FRONTMATTER_BLOCK, (block) => block.replace(EMPTY_LIST_LINE, ''))
    return cleaned === text ? addition : { ...addition, contents: Buffer.from(cleaned, 'utf8').toString('base64') }
  })
}

/**
 * The facts file as the editor's form says, written into the file as it is: the values change,
 * the comments, order and quoting of everything else stay. (The editor itself would write the
 * file anew, without its comments.)
 */
export function updateYamlKeepingComments(currentText: string, newText: string): string {
  const doc = parseDocument(currentText)
  if (doc.errors.length > 0) return newText
  update(doc, [], withoutEmptyValues(parseYaml(newText)))
  return doc.toString({ lineWidth: 0 })
}

/**
 * The form writes an optional fact it has no value for as an empty group or list (a note with no
 * English and no Spanish words is `note: {}`). For the facts, a fact that is left out means the
 * facts do not say, and the schema rejects an empty one: such values are left out of the file.
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyValues)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, child]) => [key, withoutEmptyValues(child)] as const)
  return Object.fromEntries(entries.filter(([, child]) => !isEmpty(child)))
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0
}

function update(doc: Document, path: (string | number)[], value: unknown): void {
  const current = path.length === 0 ? doc.contents : doc.getIn(path, true)
  if (isMap(current) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = value as Record<string, unknown>
    for (const item of [...current.items]) {
      const key = isScalar(item.key) ? String(item.key.value) : undefined
      if (key !== undefined && !(key in entries)) doc.deleteIn([...path, key])
    }
    for (const [key, child] of Object.entries(entries)) update(doc, [...path, key], child)
  } else if (isSeq(current) && Array.isArray(value)) {
    current.items.splice(value.length)
    value.forEach((child, index) => {
      if (index < current.items.length) update(doc, [...path, index], child)
      else current.items.push(doc.createNode(child))
    })
  } else if (!(isScalar(current) && current.value === value)) {
    if (path.length === 0) doc.contents = doc.createNode(value)
    else doc.setIn(path, value)
  }
}

/** Plain-language problems with the files about to be written; empty when they may be saved. */
export function problemsInEditorSave(additions: readonly EditorAddition[]): string[] {
  const problems: string[] = []
  for (const { path, contents } of additions) {
    const text = Buffer.from(contents, 'base64').toString('utf8')
    if (path === FACTS_FILE) {
      try {
        parseProgramFacts(parseYaml(text), FACTS_FILE)
      } catch (error) {
        problems.push((error as Error).message.replace('Fix them, then build again', 'Fix them in the form, then save again'))
      }
    } else if (path.startsWith('content/') && path.endsWith('.mdx')) {
      try {
        parsePage(text, path.slice('content/'.length))
      } catch (error) {
        if (!(error instanceof ContentError)) throw error
        problems.push(...error.problems.map(formatProblem))
      }
    }
  }
  return problems
}
