/** Review dates: none in the future; an overdue review is a warning (an error with --strict). */
import type { CheckContext, Finding, PageSource } from '@/lib/content-check/types'
import { frontmatterLine } from '@/lib/content-check/types'

export function checkReviewDates(entry: PageSource, { today }: CheckContext): Finding[] {
  if (!entry.page) return []
  const { lastReviewed, nextReview } = entry.page.frontmatter
  const findings: Finding[] = []
  if (lastReviewed > today) {
    findings.push({
      line: frontmatterLine(entry.source, 'lastReviewed'),
      column: 1,
      field: 'lastReviewed',
      message: `The last review date (${lastReviewed}) is in the future (today is ${today}).`,
      hint: 'Write the date the page was actually reviewed.',
      severity: 'error',
    })
  }
  if (nextReview < today) {
    findings.push({
      line: frontmatterLine(entry.source, 'nextReview') ?? frontmatterLine(entry.source, 'lastReviewed'),
      column: 1,
      field: 'nextReview',
      message: `This page was due for review on ${nextReview}.`,
      hint: 'Check the page is still right, then set lastReviewed to the date you checked it (and remove or update nextReview).',
      severity: 'warning',
    })
  }
  return findings
}
