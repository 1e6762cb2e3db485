/**
 * The sources a page lists for its general health or legal information.
 *
 * The frontmatter schema (lib/content/frontmatter.ts) already refuses a source with a missing field or an
 * address that is not https, naming the field and its line. This check adds what needs today's
 * date or the whole list: a source cannot have been read in the future, a page lists each
 * address once, and a source with a recheck date is reported as that date nears and after it.
 */
import { checkSourceRecheck, recheckLine } from '@/lib/content-check/recheck-dates'
import type { CheckContext, Finding, PageSource } from '@/lib/content-check/types'

export function checkSources(entry: PageSource, { today }: CheckContext): Finding[] {
  const sources = entry.page?.frontmatter.sources ?? []
  const lines = entry.source.split(/\r?\n/)
  /** The line of the n-th "url:" or "accessed:" (counting from 0): only sources have them. */
  const lineOf = (key: string, n: number) => {
    let seen = -1
    const index = lines.findIndex((line) => new RegExp(`^\\s*(-\\s+)?${key}:`).test(line) && ++seen === n)
    return index === -1 ? undefined : index + 1
  }
  const findings: Finding[] = []
  let rechecks = -1
  sources.forEach((s, i) => {
    if (s.recheckBy) findings.push(...checkSourceRecheck(s, i, today, recheckLine(entry.source, ++rechecks)))
    if (s.accessed > today) {
      findings.push({
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
      findings.push({
        line: lineOf('url', i),
        column: 1,
        field: `sources, item ${i + 1}, url`,
        message: `This source has the same address as source ${first + 1}.`,
        hint: 'List each page you used once.',
        severity: 'error',
      })
    }
  })
  return findings
}
