// @vitest-environment jsdom
/**
 * Every example in CONTENT.md (the staff guide) is real: each MDX snippet renders with the site's
 * components, each frontmatter example passes the schema, and the lists of fact names and
 * components match what the site provides.
 */
import fs from 'node:fs'
import path from 'node:path'
import { evaluate } from '@mdx-js/mdx'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import remarkGfm from 'remark-gfm'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { frontmatterSchema } from '@/lib/content'
import { factChoiceLabel } from '@/lib/editor/facts-form'
import type { MdxComponentName } from '@/lib/content/mdx-components-list'
import { isJsx, parseMdx, readText, tidyText, type JsxElement } from '@/lib/content/mdx-text'
import { facts, factNames, programSummaries } from '@/lib/facts'
import { mdxComponents, useMDXComponents } from '@/mdx-components'

const guide = fs.readFileSync(path.join(process.cwd(), 'CONTENT.md'), 'utf8')
const blocks = (language: string) =>
  [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1])

const mdxExamples = blocks('mdx')

/** The text a reader sees in the rendered example, with white space folded. */
async function renderedText(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, { ...runtime, useMDXComponents, remarkPlugins: [remarkGfm] })
  const container = document.createElement('div')
  container.innerHTML = renderToStaticMarkup(<Content />)
  return fold(container.textContent ?? '')
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * What each component must show beyond the words around it (which lib/content/mdx-text.ts reads): a
 * component added to the list without an entry here fails the type check.
 */
const SHOWS: Record<MdxComponentName, (node: JsxElement) => string[]> = {
  Cite: () => [],
  Fact: () => [],
  FactList: () => [],
  PhoneLink: () => [],
  CallUs: (node) => [facts.phone.display, ...node.children.map((child) => tidyText(readText(child)))],
  CrisisHelp: () => Object.values(facts.crisisLines).map((line) => line.phone.display),
  ProgramCards: () => programSummaries().map((p) => p.label),
  ProgramComparison: () => programSummaries().map((p) => p.label),
}

/** The text an example must show: its words with facts filled in, and each component's own. */
function expectedText(source: string): string[] {
  const tree = parseMdx(source)
  const expected = tidyText(readText(tree)).split('\n')
  const visit = (node: { children?: unknown[] }) => {
    if (isJsx(node as never) && (node as JsxElement).name! in SHOWS) {
      expected.push(...SHOWS[(node as JsxElement).name as MdxComponentName](node as JsxElement))
    }
    for (const child of node.children ?? []) visit(child as { children?: unknown[] })
  }
  visit(tree)
  return expected.map(fold).filter(Boolean)
}

describe('CONTENT.md', () => {
  it('has MDX examples', () => {
    expect(mdxExamples.length).toBeGreaterThanOrEqual(8)
  })

  it.each(mdxExamples)('renders the example, showing its words and facts:\n%s', async (source) => {
    const shown = await renderedText(source)
    const expected = expectedText(source)
    expect(expected.length).toBeGreaterThan(0)
    for (const text of expected) expect(shown).toContain(text)
  })

  it.each(blocks('yaml'))('has frontmatter examples that pass the schema:\n%s', (yaml) => {
    expect(frontmatterSchema.safeParse(parseYaml(yaml)).error).toBeUndefined()
  })

  it('lists exactly the fact names the site provides', () => {
    const table = guide.slice(guide.indexOf('### Fact names'), guide.indexOf('## The content check'))
    const listed = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1])
    expect(listed.sort()).toEqual([...factNames].sort())
  })

  it("names each fact with the words of the editor's Fact list", () => {
    const table = guide.slice(guide.indexOf('### Fact names'), guide.indexOf('## The content check'))
    for (const [, name, label] of table.matchAll(/^\| `([^`]+)` \| (.+?)(?: \(a list\))? \|$/gm)) expect(label, name).toBe(factChoiceLabel(name, facts.programs))
  })

  it('shows an example of every component staff can use', () => {
    for (const name of Object.keys(mdxComponents)) {
      expect(guide).toContain(`**\`<${name}>\`**`)
      expect(mdxExamples.some((example) => example.includes(`<${name}`))).toBe(true)
    }
  })
})
