/**
 * Claims that know when to be checked again: a source's or a fact's recheckBy date warns from 30
 * days before and fails after, naming the page or fact, the source and the date.
 */
import { describe, expect, it } from 'vitest'
import { checkCrisisLineRechecks, checkSourceRecheck, RECHECK_WARNING_DAYS, recheckState } from '@/lib/content-check/recheck-dates'
import { checkSources } from '@/lib/content-check/sources'
import type { CheckContext, PageSource } from '@/lib/content-check/types'
import { sourceSchema } from '@/lib/content/frontmatter'
import { programFactsIssues } from '@/lib/facts/read'
import { parse } from 'yaml'
import fs from 'node:fs'
import { FACTS_FILE } from '@/lib/facts'

const medicaid = {
  id: 'gs-108a-55-7',
  title: 'G.S. 108A-55.7: Community engagement requirements',
  url: 'https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_108A/GS_108A-55.7.html',
  recheckBy: '2027-01-15',
}

describe('recheck dates', () => {
  it('says nothing more than 30 days before, warns from 30 days before to the day itself, and fails the day after', () => {
    expect(RECHECK_WARNING_DAYS).toBe(30)
    expect(recheckState('2027-01-15', '2026-12-15')).toBeUndefined() // 31 days before
    expect(recheckState('2027-01-15', '2026-12-16')).toBe('soon') // 30 days before
    expect(recheckState('2027-01-15', '2027-01-15')).toBe('soon')
    expect(recheckState('2027-01-15', '2027-01-16')).toBe('overdue')
  })

  it('warns in staff words, naming the source, its address and the date', () => {
    const [finding] = checkSourceRecheck(medicaid, 2, '2027-01-01', 40)
    expect(finding).toMatchObject({ severity: 'warning', line: 40, field: 'sources, item 3, recheckBy' })
    expect(finding.message).toContain('G.S. 108A-55.7: Community engagement requirements')
    expect(finding.message).toContain('2027-01-15 (in 14 days)')
    expect(finding.hint).toContain(medicaid.url)
  })

  it('fails once the date has passed', () => {
    const [finding] = checkSourceRecheck(medicaid, 0, '2027-02-01')
    expect(finding.severity).toBe('error')
    expect(finding.message).toMatch(/had to be read again by 2027-01-15, and that date has passed/)
  })

  it('reports a page source with its line, through the sources check', () => {
    const source = ['---', 'title: Paying', 'sources:', '  - id: a', '    url: https://a.example/', '    accessed: 2026-12-01', '    recheckBy: 2027-01-15', '---', ''].join('\n')
    const entry = {
      file: 'paying-for-care.mdx',
      shownFile: 'content/en/paying-for-care.mdx',
      route: '/paying-for-care',
      source,
      anchors: new Set<string>(),
      page: { frontmatter: { sources: [{ ...medicaid, id: 'a', publisher: 'NCGA', accessed: '2026-12-01' }] } },
    } as unknown as PageSource
    const context = { today: '2027-01-20' } as CheckContext
    expect(checkSources(entry, context)).toEqual([expect.objectContaining({ severity: 'error', line: 7, field: 'sources, item 1, recheckBy' })])
    expect(checkSources(entry, { ...context, today: '2026-12-02' })).toEqual([])
  })

  it('is a date in a source, written as year-month-day', () => {
    const base = { id: 'a', title: 'A page', publisher: 'NCGA', url: 'https://a.example/', accessed: '2026-12-01' }
    expect(sourceSchema.safeParse({ ...base, recheckBy: '2027-01-15' }).success).toBe(true)
    expect(sourceSchema.safeParse({ ...base, recheckBy: 'January 2027' }).success).toBe(false)
  })

  it('can be set on a crisis line in the facts, and is reported against the facts file with its line', () => {
    const factsSource = ['crisisLines:', '  suicideAndCrisis:', '    number: "988"', '    recheckBy: 2027-03-01', '  emergency:', '    number: "911"'].join('\n')
    const lines = { suicideAndCrisis: { name: '988 Suicide & Crisis Lifeline', recheckBy: '2027-03-01' }, emergency: { name: 'Emergency services' } }
    const [finding] = checkCrisisLineRechecks(lines, factsSource, '2027-02-20')
    expect(finding).toMatchObject({ severity: 'warning', line: 4, field: 'crisisLines.suicideAndCrisis, recheckBy' })
    expect(finding.message).toContain('988 Suicide & Crisis Lifeline')
    expect(checkCrisisLineRechecks(lines, factsSource, '2027-03-02')[0].severity).toBe('error')
    expect(checkCrisisLineRechecks(lines, factsSource, '2026-12-01')).toEqual([])
  })

  it('is accepted by the facts schema on a crisis line, and a badly written date is refused', () => {
    const data = parse(fs.readFileSync(FACTS_FILE, 'utf8'))
    data.crisisLines.suicideAndCrisis.recheckBy = '2027-06-01'
    expect(programFactsIssues(data)).toEqual([])
    data.crisisLines.suicideAndCrisis.recheckBy = 'next June'
    expect(programFactsIssues(data).map((issue) => issue.message)).toEqual(['Write the date as year-month-day, like 2027-06-01.'])
  })
})
