/** Headings: the title is the page's only h1, and no level is skipped (screen readers list them). */
import GithubSlugger from 'github-slugger'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

/**
 * Ids the page's frame and components give their own elements (components/site/, components/mdx/):
 * a heading with the same id would take their links (the skip link, a citation's "source-…").
 */
const FRAME_IDS = ['main-content', 'crisis-help-title', 'page-sources-title', 'program-comparison-caption']
const SOURCE_ID_PREFIX = 'source-'

export const checkHeadings: PageCheck = ({ tree }) => {
  const findings: Finding[] = []
  let previousDepth = 1 // the page title is the h1
  // The ids the build gives headings (rehype-slug, with github-slugger, as the link check reads them).
  const slugger = new GithubSlugger()
  visit(tree, 'heading', (node) => {
    const id = slugger.slug(toString(node))
    if (FRAME_IDS.includes(id) || id.startsWith(SOURCE_ID_PREFIX)) {
      findings.push(
        at(node, {
          message: `This heading's link name ("#${id}") is one the page already uses for ${id.startsWith(SOURCE_ID_PREFIX) ? 'its sources' : 'its own parts'}, so links to either would be confused.`,
          hint: 'Word the heading differently.',
          severity: 'error',
        }),
      )
    }
    if (node.depth === 1) {
      findings.push(
        at(node, {
          message: 'This page has a main heading (#) in its text.',
          hint: 'The page title in the frontmatter is the main heading. Start headings in the text with ## instead.',
          severity: 'error',
        }),
      )
    } else if (node.depth > previousDepth + 1) {
      findings.push(
        at(node, {
          message: `This heading skips a level (a level-${node.depth} heading after a level-${previousDepth} one), which confuses screen readers.`,
          hint: `Use ${'#'.repeat(previousDepth + 1)} for this heading.`,
          severity: 'error',
        }),
      )
    }
    previousDepth = node.depth
  })
  return findings
}
