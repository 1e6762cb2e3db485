/** What every check works on: one page as read, and what all the pages share. */
import type { Root } from 'mdast'
import type { ContentProblem, Page } from '@/lib/content'

export interface PageSource {
  /** Relative to content/, like "programs/sacot.mdx". */
  file: string
  /** As the report shows it, like "content/en/programs/sacot.mdx". */
  shownFile: string
  route: string
  source: string
  /** Undefined when the frontmatter has problems (reported by the reader). */
  page?: Page
  /** Undefined when the MDX cannot be compiled (reported by the reader). */
  tree?: Root
  /** Ids a link can point at: headings, explicit ids, the page frame's. */
  anchors: Set<string>
}

export interface CheckContext {
  today: string
  /** Files pages may link to or show, like images. */
  publicDir: string
  /** Every page by its address, for links. */
  byRoute: ReadonlyMap<string, PageSource>
}

/** A problem without its file: the runner adds the page's file. */
export type Finding = Omit<ContentProblem, 'file'>

/** A check of one page whose MDX could be read. */
export type PageCheck = (page: PageSource & { tree: Root }, context: CheckContext) => Finding[]

interface Positioned {
  position?: { start: { line: number; column: number } }
}

/** A finding at a node's place in the file. */
export function at(node: Positioned | undefined, finding: Finding): Finding {
  return { line: node?.position?.start.line, column: node?.position?.start.column, ...finding }
}

/** The place of a character inside a text node (close enough for escaped text). */
export function offsetPosition(node: Positioned & { value?: string }, index: number): Positioned {
  const start = node.position?.start
  if (!start || node.value === undefined) return node
  const before = node.value.slice(0, index).split('\n')
  const line = start.line + before.length - 1
  const column = before.length === 1 ? start.column + index : before.at(-1)!.length + 1
  return { position: { start: { line, column } } }
}

/** The line a frontmatter field is on, like 4 for "lastReviewed: …" on the fourth line. */
export function frontmatterLine(source: string, key: string): number | undefined {
  const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`))
  return index === -1 ? undefined : index + 1
}
