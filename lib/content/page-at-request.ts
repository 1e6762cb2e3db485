/**
 * A page's text compiled when it is asked for, for the editor's preview: under a production build a
 * page's MDX is the module compiled at build time, so a page saved a moment ago would show its old
 * text. The same compile as the build's (next.config.mjs): frontmatter, GitHub tables and lists,
 * heading ids, and the allow-list, which stops the compile before anything in a page that holds
 * code could run.
 */
import fs from 'node:fs'
import path from 'node:path'
import { evaluate } from '@mdx-js/mdx'
import type { Root } from 'mdast'
import type { MDXComponents, MDXContent } from 'mdx/types'
import * as runtime from 'react/jsx-runtime'
import rehypeSlug from 'rehype-slug'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { CONTENT_DIR } from '@/lib/content/folder'
import type { Page } from '@/lib/content/frontmatter'
import { allowListProblems } from '@/lib/content/mdx-allow-list'

function remarkAllowList() {
  return (tree: Root, file: { fail: (reason: string, place?: { line: number; column: number }) => never }) => {
    const problems = allowListProblems(tree)
    if (problems.length === 0) return
    const lines = problems.map((p) => `  line ${p.line ?? '?'}: ${p.message}\n    What to do: ${p.hint}`)
    file.fail(`This page holds something pages cannot contain, so it was not shown (nothing in it was run).\n${lines.join('\n')}`, problems[0].line ? { line: problems[0].line, column: problems[0].column ?? 1 } : undefined)
  }
}

/** The page's body as a component, compiled from its file as it is now. */
export async function pageBodyAtRequest(page: Pick<Page, 'file'>, useMDXComponents: () => MDXComponents, dir = CONTENT_DIR): Promise<MDXContent> {
  const source = fs.readFileSync(path.join(dir, page.file), 'utf8')
  const { default: Body } = await evaluate(source, {
    ...runtime,
    useMDXComponents,
    remarkPlugins: [remarkFrontmatter, remarkGfm, remarkAllowList],
    rehypePlugins: [rehypeSlug],
  })
  return Body
}
