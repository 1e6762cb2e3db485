/**
 * The checks the build would run, applied to what the editor is about to write, so a save that
 * would stop the build is refused with the schema's own words instead of reaching the disk.
 * Keystatic's form rules catch most mistakes field by field; this catches the rest (facts that
 * contradict each other, like a shortest stay longer than the longest) with lib/program-facts.ts's
 * zod check and lib/content.ts's frontmatter check.
 */
import { parse as parseYaml } from 'yaml'
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
