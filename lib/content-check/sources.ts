/**
 * The sources a page lists for its general health or legal information.
 *
 * The frontmatter schema (lib/content.ts) already refuses a source with a missing field or an
 * address that is not https, naming the field and its line. This check adds what needs today's
 * date or the whole list: a source cannot have been read in the future, and one page lists each
 * address once.
 */
import type { ContentProblem, Page } from '@/lib/content'

export function checkSources(page: Page, source: string, shownFile: string, today: string): ContentProblem[] {
  const sources = page.frontmatter.sources ?? []
  const lines = source.split(/\r?\n/)
  /** The line of the n-th "url:" or "accessed:" of the sources list. */
  const lineOf = (key: string, n: number) => {
    let seen = -1
    for (let i = 0; i < lines.length; i++) {
      if (new RegExp(`^\\s*(-\\s+)?${key}:`).test(lines[i]) && ++seen === n) return i + 1
    }
    return undefined
  }
  const problems: ContentProblem[] = []
  sources.forEach((s, i) => {
    if (s.accessed > today) {
      problems.push({
        file: shownFile,
        line: lineOf('accessed', i),
        column: 1,
        field: `sources, item ${i + 1}, accessed`,
        message: `The date this source was read (${s.accessed}) is in the future (today is ${today}).`,
        hint: 'Write the date you read the page, as year-month-day.',
        severity: 'error',
      })
    }
    const first = sources.findIndex((other) => other.url === s.url)
    if (first !== i) {
      problems.push({
        file: shownFile,
        line: lineOf('url', i),
        column: 1,
        field: `sources, item ${i + 1}, url`,
        message: `This source has the same address as source ${first + 1}.`,
        hint: 'List each page you used once.',
        severity: 'error',
      })
    }
  })
  return problems
}
