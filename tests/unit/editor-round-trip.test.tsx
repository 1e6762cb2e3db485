// @vitest-environment jsdom
/**
 * Opening and saving every page in the editor without a change leaves the built HTML the same,
 * and what the editor writes passes the content check. Each page goes through the editor's own
 * fields (Keystatic's parse and serialize, from keystatic.config.tsx), is written back as the
 * editor writes it (details block, then the MDX), and is compiled and rendered with the same MDX
 * plugins and components as the site. The browser test (tests/editor) saves a real page through
 * the running editor and compares the page's HTML the same way.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import rehypeSlug from 'rehype-slug'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { afterAll, describe, expect, it } from 'vitest'
import { parse as parseYaml, stringify as toYaml } from 'yaml'
import { editorConfig, mdxComponents as editorComponents } from '@/keystatic.config'
import { checkContent } from '@/lib/content-check'
import { CONTENT_DIR, listContentFiles, parsePage, splitFrontmatter } from '@/lib/content'
import { editorOptions } from '@/lib/editor-options'
import { FACTS_FILE, parseProgramFacts } from '@/lib/program-facts'
import { withoutEmptyLists, withoutEmptyValues } from '@/lib/editor-save-check'
import { mdxComponents as siteComponents, useMDXComponents } from '@/mdx-components'

const config = editorConfig(editorOptions())
/** The Spanish pages have a collection of their own, which keeps their translation details. */
const schemaFor = (file: string) => (file.startsWith('es/') ? config.collections!.pagesEs : config.collections!.pages).schema as unknown as Record<string, Field>
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** The parts of a Keystatic field this test uses. */
type Field =
  | {
      kind: 'form'
      parse(value: unknown, extra?: unknown): unknown
      serialize(value: unknown, extra?: unknown): { value?: unknown; content?: Uint8Array }
      serializeWithSlug?(value: unknown): { slug: string; value: unknown }
    }
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'array'; element: Field }

/** A stored value read into a field and written back, as the editor does for a field nobody touched. */
function throughField(field: Field, stored: unknown): unknown {
  if (field.kind === 'array') return ((stored as unknown[] | undefined) ?? []).map((item) => throughField(field.element, item))
  if (field.kind === 'object') {
    const values = Object.entries(field.fields).map(([key, child]) => [key, throughField(child, (stored as Record<string, unknown> | undefined)?.[key])])
    return Object.fromEntries(values.filter(([, value]) => value !== undefined))
  }
  return field.serialize(field.parse(stored)).value
}

/** What the editor writes for a page it opened and saved without a change (before the save route). */
function openAndSave(file: string, source: string): string {
  const slug = file.replace(/\.mdx$/, '')
  const split = splitFrontmatter(source)!
  const data = parseYaml(split.yamlText) as Record<string, unknown>
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
  return `---\n${toYaml(frontmatter)}---\n${body}`
}

/** What the save route writes: the editor's file, with empty lists left out of the details. */
function asSaved(file: string, written: string): string {
  const [addition] = withoutEmptyLists([{ path: `content/${file}`, contents: Buffer.from(written).toString('base64') }])
  return Buffer.from(addition.contents, 'base64').toString('utf8')
}

/** The page body as the site renders it: same MDX plugins, same components. */
async function html(body: string): Promise<string> {
  const { default: Content } = await evaluate(body, {
    ...runtime,
    remarkPlugins: [remarkFrontmatter, remarkGfm],
    rehypePlugins: [rehypeSlug],
  })
  // The same components map the site's MDX gets, from inside a component as Next calls it.
  function Page() {
    return <Content components={useMDXComponents()} />
  }
  return renderToStaticMarkup(<Page />)
}

const files = listContentFiles()
const saved = new Map(files.map((file) => [file, asSaved(file, openAndSave(file, fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')))]))
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-round-trip-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('opening and saving every page in the editor, without a change', () => {
  it('has a form field or menu for every component pages may use', () => {
    expect(Object.keys(editorComponents(editorOptions())).sort()).toEqual(Object.keys(siteComponents).sort())
  })

  it('writes the CallUs line on lines of its own, with the same HTML as on one line', async () => {
    // The editor cannot open <CallUs>text</CallUs> written on one line, and writes it this way.
    expect(await html('<CallUs>\nNot sure? Call us.\n</CallUs>\n')).toBe(await html('<CallUs>Not sure? Call us.</CallUs>\n'))
  })

  it.each(files)('%s: the same details and the same HTML', async (file) => {
    const source = fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')
    const after = saved.get(file)!
    expect(parsePage(after, file).frontmatter).toEqual(parsePage(source, file).frontmatter)
    expect(await html(splitFrontmatter(after)!.body)).toBe(await html(splitFrontmatter(source)!.body))
  })

  it('writes MDX that passes the content check', async () => {
    for (const [file, text] of saved) {
      fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true })
      fs.writeFileSync(path.join(tmp, file), text)
    }
    // The check takes the date as a parameter: the newest date the real content holds.
    const today = [...saved.values()].flatMap((text) => [...text.matchAll(/^\s*(?:-\s+)?(?:lastReviewed|accessed): '?(\d{4}-\d{2}-\d{2})/gm)].map((m) => m[1])).sort().at(-1)!
    const before = await checkContent({ today })
    const after = await checkContent({ dir: tmp, today })
    const errors = after.problems.filter((p) => p.severity === 'error')
    expect(errors).toEqual([])
    expect(after.files).toBe(before.files)
  }, 60_000)
})

describe('opening and saving the program facts form, without a change', () => {
  it('writes the same facts: every field of content/program-facts.yaml has a place in the form', () => {
    // A field the form does not know would be dropped on save: this fails until the form has it.
    const stored = parseYaml(fs.readFileSync(FACTS_FILE, 'utf8')) as Record<string, unknown>
    const facts = config.singletons!.facts.schema as unknown as Record<string, Field>
    // The save route leaves out what the form has no value for (lib/editor-save-check.ts).
    const saved = withoutEmptyValues(throughField({ kind: 'object', fields: facts }, stored))
    expect(saved).toEqual(stored)
    // And the site reads them the same way.
    expect(parseProgramFacts(parseYaml(toYaml(saved)))).toEqual(parseProgramFacts(stored))
  })
})
