/** Headings: the title is the page's only h1, and no level is skipped (screen readers list them). */
import { visit } from 'unist-util-visit'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

export const checkHeadings: PageCheck = ({ tree }) => {
  const findings: Finding[] = []
  let previousDepth = 1 // the page title is the h1
  visit(tree, 'heading', (node) => {
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
