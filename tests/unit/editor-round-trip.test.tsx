// @vitest-environment jsdom
/**
 * Opening and saving every page in the editor without a change leaves the built HTML the same,
 * and what the editor writes passes the content check. Each page goes through the editor's own
 * fields (Keystatic's parse and serialize, from keystatic.config.tsx), is written back as the
 * editor writes it (tests/editor-format.ts), and is compiled and rendered with the same MDX
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
import { mdxComponents as editorComponents } from '@/lib/editor/keystatic-page-fields'
import { checkContent } from '@/lib/content-check'
import { CONTENT_DIR, listContentFiles, parsePage, splitFrontmatter } from '@/lib/content'
import { editorOptions } from '@/lib/editor/options'
import { FACTS_FILE, parseProgramFacts } from '@/lib/facts'
import { withoutEmptyValues } from '@/lib/editor/save-check'
import { mdxComponents as siteComponents, useMDXComponents } from '@/mdx-components'
import { factsSchema, inEditorFormat, throughField } from '../editor-format'

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
const saved = new Map(files.map((file) => [file, inEditorFormat(file, fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8'))]))
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
    // The save route leaves out what the form has no value for (lib/editor/save-check.ts).
    const saved = withoutEmptyValues(throughField({ kind: 'object', fields: factsSchema }, stored))
    expect(saved).toEqual(stored)
    // And the site reads them the same way.
    expect(parseProgramFacts(parseYaml(toYaml(saved)))).toEqual(parseProgramFacts(stored))
  })
})
