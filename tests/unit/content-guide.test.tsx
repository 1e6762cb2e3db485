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
import { factNames, getFact, joinWithAnd } from '@/lib/program-facts'
import { mdxComponents, useMDXComponents } from '@/mdx-components'

const guide = fs.readFileSync(path.join(process.cwd(), 'CONTENT.md'), 'utf8')
const blocks = (language: string) =>
  [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1])

const mdxExamples = blocks('mdx')

async function render(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, { ...runtime, useMDXComponents, remarkPlugins: [remarkGfm] })
  return renderToStaticMarkup(<Content />)
}

describe('CONTENT.md', () => {
  it('has MDX examples', () => {
    expect(mdxExamples.length).toBeGreaterThanOrEqual(8)
  })

  it.each(mdxExamples)('renders the example:\n%s', async (source) => {
    const html = await render(source)
    expect(html.length).toBeGreaterThan(0)
    // Each fact the example asks for is shown with its current value.
    for (const [, name] of source.matchAll(/<Fact name="([^"]+)"/g)) {
      const value = getFact(name)
      expect(html).toContain(Array.isArray(value) ? joinWithAnd(value) : String(value))
    }
  })

  it.each(blocks('yaml'))('has frontmatter examples that pass the schema:\n%s', (yaml) => {
    expect(frontmatterSchema.safeParse(parseYaml(yaml)).error).toBeUndefined()
  })

  it('lists exactly the fact names the site provides', () => {
    const table = guide.slice(guide.indexOf('### Fact names'), guide.indexOf('## The content check'))
    const listed = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1])
    expect(listed.sort()).toEqual([...factNames].sort())
  })

  it('shows an example of every component staff can use', () => {
    for (const name of Object.keys(mdxComponents)) {
      expect(guide).toContain(`**\`<${name}>\`**`)
      expect(mdxExamples.some((example) => example.includes(`<${name}`))).toBe(true)
    }
  })
})
