/**
 * Reads every page the way the site does: frontmatter through the site's loader, the body through
 * the MDX compiler. What cannot be read is reported here; the checks get what could.
 */
import fs from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { routeForContentFile } from '@/lib/base/addresses'
import { ContentError, MAX_PAGE_BYTES, parsePage, readContentFolder, sameTitleProblems, withoutByteOrderMark, type ContentProblem, type Page } from '@/lib/content'
import { compileMdx, isJsx, textAttribute } from '@/lib/content/mdx-text'
import type { PageSource } from '@/lib/content-check/types'

/** Ids the page frame always has, which a link may target. */
const FRAME_ANCHORS = ['main-content']

const CANNOT_COMPILE_HINT =
  'Check the line (and the one before it): every <Component> needs a closing </Component> or must end with />, text in attributes needs "quotes", and a { or < meant as text must be written as \\{ or \\<.'

export async function readPages(dir: string, displayDir: string): Promise<{ pages: PageSource[]; problems: ContentProblem[] }> {
  const pages: PageSource[] = []
  const listing = readContentFolder(dir)
  const problems: ContentProblem[] = [...listing.problems]
  for (const file of listing.files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8')
    const source = withoutByteOrderMark(text)
    const shownFile = `${displayDir}/${file}`
    const entry: PageSource = { file, shownFile, route: routeForContentFile(file), source, anchors: new Set(FRAME_ANCHORS) }
    try {
      entry.page = parsePage(text, file, displayDir)
    } catch (error) {
      if (!(error instanceof ContentError)) throw error
      problems.push(...error.problems)
    }
    // A page too big to accept is reported by parsePage; reading it further would only be slow.
    if (Buffer.byteLength(text) > MAX_PAGE_BYTES) {
      pages.push(entry)
      continue
    }
    const compiled = await compileMdx(source)
    if ('error' in compiled) {
      const { line, column, reason } = compiled.error
      problems.push({ file: shownFile, line, column, message: `This part of the page cannot be read: ${reason}`, hint: CANNOT_COMPILE_HINT, severity: 'error' })
    } else {
      entry.tree = compiled.tree
      for (const id of anchorsOf(compiled.tree)) entry.anchors.add(id)
    }
    pages.push(entry)
  }
  problems.push(...sameTitleProblems(pages.flatMap((p): Page[] => (p.page ? [p.page] : [])), displayDir))
  return { pages, problems }
}

/** Ids that a link can point at: headings (as rehype-slug makes them) and explicit id="…". */
function anchorsOf(tree: Root): Set<string> {
  const slugger = new GithubSlugger()
  const ids = new Set<string>()
  visit(tree, (node) => {
    if (node.type === 'heading') ids.add(slugger.slug(toString(node)))
    if (isJsx(node)) {
      const id = textAttribute(node, 'id')
      if (id !== undefined) ids.add(id)
    }
  })
  return ids
}
