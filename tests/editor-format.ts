/**
 * A page as the editor writes it when staff open it and save it without a change: each detail
 * through its form field and Keystatic's YAML writer (js-yaml's dump, as Keystatic calls it), the
 * text through the editor's MDX field, then the save route's own step (empty lists left out).
 * Keystatic's fields run only in its browser build: call this under a DOM (Vitest's jsdom, or
 * tests/tools/editor-format.ts, which sets one up).
 */
import { dump } from 'js-yaml'
import { parse as parseYaml } from 'yaml'
import { editorConfig } from '@/keystatic.config'
import { splitFrontmatter } from '@/lib/content'
import { editorOptions } from '@/lib/editor/options'
import { withoutEmptyLists } from '@/lib/editor/save-check'

/** The parts of a Keystatic field this uses. */
export type Field =
  | {
      kind: 'form'
      parse(value: unknown, extra?: unknown): unknown
      serialize(value: unknown, extra?: unknown): { value?: unknown; content?: Uint8Array }
      serializeWithSlug?(value: unknown): { slug: string; value: unknown }
    }
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'array'; element: Field }

const config = editorConfig(editorOptions())
export const pageSchema = config.collections!.pages.schema as unknown as Record<string, Field>
/** The Spanish pages have a collection of their own, which keeps their translation details. */
export const spanishPageSchema = config.collections!.pagesEs.schema as unknown as Record<string, Field>
const schemaFor = (file: string) => (file.startsWith('es/') ? spanishPageSchema : pageSchema)
export const factsSchema = config.singletons!.facts.schema as unknown as Record<string, Field>
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** A stored value read into a field and written back, as the editor does for a field nobody touched. */
export function throughField(field: Field, stored: unknown): unknown {
  if (field.kind === 'array') return ((stored as unknown[] | undefined) ?? []).map((item) => throughField(field.element, item))
  if (field.kind === 'object') {
    const values = Object.entries(field.fields).map(([key, child]) => [key, throughField(child, (stored as Record<string, unknown> | undefined)?.[key])])
    return Object.fromEntries(values.filter(([, value]) => value !== undefined))
  }
  return field.serialize(field.parse(stored)).value
}

/** What the editor sends for a page opened and saved without a change (before the save route). */
export function editorWrites(file: string, source: string): string {
  const slug = file.replace(/\.mdx$/, '')
  const split = splitFrontmatter(source)
  if (!split) throw new Error(`${file} has no details block.`)
  const data = (parseYaml(split.yamlText) ?? {}) as Record<string, unknown>
  const frontmatter: Record<string, unknown> = {}
  let body = ''
  for (const [key, field] of Object.entries(schemaFor(file))) {
    if (field.kind !== 'form') {
      frontmatter[key] = throughField(field, data[key])
    } else if (key === 'content') {
      const value = field.parse(undefined, { content: encoder.encode(split.body), other: new Map(), external: new Map(), slug })
      body = decoder.decode(field.serialize(value, { slug }).content)
    } else if (key === 'title') {
      // The slug field reads the file name too; Keystatic passes it to that field alone.
      frontmatter[key] = field.serializeWithSlug!(field.parse(data[key], { slug })).value
    } else {
      const value = field.serialize(field.parse(data[key])).value
      if (value !== undefined) frontmatter[key] = value
    }
  }
  return `---\n${dump(withoutUndefined(frontmatter))}---\n${body}`
}

/**
 * Keystatic leaves out what is undefined before writing (dump() would refuse it). Dates stay
 * Dates: the date field hands dump() a Date that prints as its day, 2026-11-27, unquoted.
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined)
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== undefined).map(([key, child]) => [key, withoutUndefined(child)]))
}

/** The file on disk after the editor opened and saved the page without a change. */
export function inEditorFormat(file: string, source: string): string {
  const [addition] = withoutEmptyLists([{ path: `content/${file}`, contents: Buffer.from(editorWrites(file, source)).toString('base64') }])
  return Buffer.from(addition.contents, 'base64').toString('utf8')
}
