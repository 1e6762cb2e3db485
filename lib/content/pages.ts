/** Every page, checked together: the list the route, the sitemap and the content check read. */
import path from 'node:path'
import { contentFileForRoute, routeOf } from '@/lib/base/addresses'
import { CONTENT_DIR, readContentFolder } from '@/lib/content/folder'
import { type Page } from '@/lib/content/frontmatter'
import { loadPageFile } from '@/lib/content/parse-page'
import { ContentError, type ContentProblem } from '@/lib/content/problems'

/**
 * Every page, checked. Collects every file's problems before throwing, so one build shows them
 * all. Cached per directory for the life of the process (one build, one check run), except in
 * edit mode (`npm run edit`), where each visit reads the files as they are now, so the preview
 * shows a new page or a changed title at once.
 */
const cache = new Map<string, Page[]>()
const readFreshEachTime = process.env.ANUVIA_EDIT === '1'
export function getAllPages(dir = CONTENT_DIR): Page[] {
  const cached = readFreshEachTime ? undefined : cache.get(dir)
  if (cached) return cached
  const pages: Page[] = []
  const listing = readContentFolder(dir)
  const problems: ContentProblem[] = [...listing.problems]
  for (const file of listing.files) {
    try {
      pages.push(loadPageFile(file, dir))
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems)
      else throw error
    }
  }
  // programs.mdx and programs/index.mdx would both be /programs: one would silently win.
  const displayDir = path.relative(process.cwd(), dir) || '.'
  for (const [index, page] of pages.entries()) {
    const first = pages.findIndex((p) => p.route === page.route)
    if (first !== index) {
      problems.push({
        file: `${displayDir}/${page.file}`,
        message: `This page has the same web address (${page.route}) as ${displayDir}/${pages[first].file}.`,
        hint: 'Keep one of the two files: rename or remove the other.',
        severity: 'error',
      })
    }
  }
  problems.push(...sameTitleProblems(pages, displayDir))
  if (problems.length > 0) throw new ContentError(problems)
  cache.set(dir, pages)
  return pages
}

/** Two pages with one title: readers and search results could not tell them apart. */
export function sameTitleProblems(pages: readonly Pick<Page, 'file' | 'frontmatter'>[], displayDir: string): ContentProblem[] {
  const byTitle = new Map<string, string>()
  const problems: ContentProblem[] = []
  for (const page of pages) {
    const key = page.frontmatter.title.trim().toLowerCase()
    const first = byTitle.get(key)
    if (first === undefined) byTitle.set(key, page.file)
    else {
      problems.push({
        file: `${displayDir}/${page.file}`,
        field: 'title',
        message: `This page has the same title ("${page.frontmatter.title}") as ${displayDir}/${first}.`,
        hint: 'Give each page a title of its own, which says how it differs from the other.',
        severity: 'error',
      })
    }
  }
  return problems
}

/** The page at an address, or undefined where there is none (a folder with no page of its own). */
export function findPage(route: string, dir = CONTENT_DIR): Page | undefined {
  return getAllPages(dir).find((p) => p.route === route)
}

export function getPage(segments: readonly string[], dir = CONTENT_DIR): Page {
  const route = routeOf(segments)
  const page = findPage(route, dir)
  // Routes only ask for pages that generateStaticParams listed, so this is a programming error.
  if (!page) throw new Error(`No content file for ${route}. Expected ${contentFileForRoute(route)} under content/.`)
  return page
}

/** The label for navigation and breadcrumbs. */
export function shortTitle(page: Page): string {
  return page.frontmatter.navTitle ?? page.frontmatter.title
}
