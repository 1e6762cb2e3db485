/**
 * The message of a save's commit, in words a person reads in the history: "Edit /faq",
 * "Add /es/first-visit", "Program facts: Intensive Outpatient Program, Weeks 12 to 13",
 * "Add picture public/images/team.jpg". The first line says what changed; a save of several
 * files lists the rest below it.
 */
import { isDeepStrictEqual } from 'node:util'
import { parse as parseYaml } from 'yaml'
import { routeForContentFile } from '@/lib/base/addresses'
import { factFieldLabel } from '@/lib/editor/facts-form'
import { FACTS_FILE } from '@/lib/facts'

export interface SavedFile {
  path: string
  /** The file's text before the save; undefined when the save adds it. */
  before: string | undefined
  /** Its text after; undefined when the save deletes it. */
  after: string | undefined
}

const LONGEST_VALUE = 40

function shown(value: unknown): string {
  if (value === undefined) return '(none)'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text
}

/** Every leaf that differs between two parsed YAML values, with its path. */
function changedLeaves(before: unknown, after: unknown, path: (string | number)[] = []): { path: (string | number)[]; before: unknown; after: unknown }[] {
  if (isDeepStrictEqual(before, after)) return []
  const bothObjects = before !== null && after !== null && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after)
  if (!bothObjects) return [{ path, before, after }]
  const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)])
  return [...keys].flatMap((key) => {
    const part = Array.isArray(before) ? Number(key) : key
    return changedLeaves((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], [...path, part])
  })
}

function readYaml(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : parseYaml(text)
  } catch {
    return undefined
  }
}

/** One line for one file. */
export function describeFile(file: SavedFile): string {
  if (file.path === FACTS_FILE) {
    const after = readYaml(file.after)
    const changes = changedLeaves(readYaml(file.before), after)
    if (changes.length === 0) return 'Program facts: saved with no change'
    const parts = changes.slice(0, 3).map((c) => `${factFieldLabel(c.path, after)} ${shown(c.before)} to ${shown(c.after)}`)
    return `Program facts: ${parts.join('; ')}${changes.length > 3 ? ` and ${changes.length - 3} more` : ''}`
  }
  const page = file.path.match(/^content\/(.+\.mdx)$/)
  const what = page ? routeForContentFile(page[1]) : file.path
  const kind = page ? '' : 'picture '
  if (file.before === undefined) return `Add ${kind}${what}`
  if (file.after === undefined) return `Delete ${kind}${what}`
  return `Edit ${kind}${what}`
}

/** The whole message: the first file's line first (pages before facts before pictures), the others below. */
export function commitMessage(files: readonly SavedFile[]): string {
  const order = (f: SavedFile) => (f.path.startsWith('content/') && f.path.endsWith('.mdx') ? 0 : f.path === FACTS_FILE ? 1 : 2)
  const lines = [...files].sort((a, b) => order(a) - order(b) || a.path.localeCompare(b.path)).map(describeFile)
  if (lines.length === 0) return 'Save with no change'
  return lines.length === 1 ? lines[0] : `${lines[0]} (and ${lines.length - 1} more)\n\n${lines.map((l) => `- ${l}`).join('\n')}`
}
