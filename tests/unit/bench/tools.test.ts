import { describe, expect, it } from 'vitest'
import { createCleanup } from '@/bench/cleanup'
import { comparisonMisses, comparisons, medianLcp, type BenchResults, type MeasuredPage } from '@/bench/comparisons'
import { buildTable, comparisonTable, pagesTable, ratio, resultsMarkdown, summary } from '@/bench/report'

describe('the undo list', () => {
  it('runs every step once, newest first, and goes on past a step that fails', async () => {
    const done: string[] = []
    const problems: string[] = []
    const cleanup = createCleanup((message) => problems.push(message))
    cleanup.add('folder', () => void done.push('folder'))
    cleanup.add('server', () => {
      throw new Error('already closed')
    })
    cleanup.add('browser', async () => void done.push('browser'))
    await cleanup.run()
    await cleanup.run()
    expect(done).toEqual(['browser', 'folder'])
    expect(problems).toEqual(['Could not clean up server: already closed'])
    expect(cleanup.size).toBe(0)
  })

  it('lets a step run early, and then not again', async () => {
    let count = 0
    const cleanup = createCleanup()
    const stop = cleanup.add('server', () => void count++)
    await stop()
    await cleanup.run()
    expect(count).toBe(1)
  })
})

describe('the results page', () => {
  const lighthouse = (performance: number, lcp: number): MeasuredPage['lighthouse'] => ({
    scores: { performance, accessibility: 100, 'best-practices': 96, seo: 100 },
    metrics: { firstContentfulPaintMs: 600, largestContentfulPaintMs: lcp, totalBlockingTimeMs: 40, cumulativeLayoutShift: 0, speedIndexMs: 900 },
    failingAudits: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
  })
  const bytes = (html: number, css: number, js: number, requests: number, beforePaint: number, firstPaintBytes: number) => ({
    html, css, js, font: 0, image: 0, other: 0, requests, requestsBeforeFirstPaint: beforePaint, firstPaintBytes,
  })
  const baseline: MeasuredPage = { route: 'empty Next.js page', bytes: bytes(1500, 0, 135_000, 6, 1, 1500), lighthouse: lighthouse(93, 650), misses: [] }
  const govuk: MeasuredPage = { route: 'GOV.UK Frontend reference', bytes: bytes(2000, 20_000, 15_000, 6, 2, 22_000), lighthouse: lighthouse(99, 1400), network: { bytes: 120_000, requests: 7, beforeFirstPaint: 3 }, misses: [] }
  const page: MeasuredPage = {
    route: '/faq',
    bytes: bytes(10_240, 4000, 0, 1, 1, 10_240),
    lighthouse: lighthouse(100, 700),
    performanceRuns: [100, 100, 99],
    network: { bytes: 11_000, requests: 1, beforeFirstPaint: 1 },
    misses: [],
  }
  const linked: MeasuredPage = { route: '/faq', bytes: bytes(6240, 0, 0, 2, 2, 10_240), lighthouse: lighthouse(100, 1000), network: { bytes: 12_000, requests: 2, beforeFirstPaint: 2 }, misses: [] }
  const cssOnly: MeasuredPage = { route: '/faq', bytes: bytes(6300, 0, 0, 2, 2, 10_300), lighthouse: lighthouse(100, 800), network: { bytes: 11_800, requests: 2, beforeFirstPaint: 2 }, misses: [] }
  const floor: MeasuredPage = { ...page, performanceRuns: undefined, misses: [] }
  const rows = (table: string) => table.split('\n').slice(2)
  const all = { baseline, govuk, pages: [page], linked: [linked], linkedStylesheetOnly: [cssOnly], plain: [floor] }

  it("gives the site's LCP and bytes as ratios to the linked-stylesheet page and to GOV.UK Frontend", () => {
    const [row] = comparisons(all)
    expect(row.lcpToLinked).toBeCloseTo(0.7)
    expect(row.lcpToGovuk).toBeCloseTo(0.5)
    expect(row.lcpToLinkedStylesheetOnly).toBeCloseTo(0.875)
    expect(row.bytesToLinked).toBeCloseTo(11 / 12)
    expect(row.bytesToGovuk).toBeCloseTo(11 / 120)
    expect(row.requestsBeforeFirstPaint).toEqual({ site: 1, linked: 2, govuk: 2 })
    expect(rows(comparisonTable([row]))).toEqual(['| `/faq` | 700 ms | 1,000 ms | 1,400 ms | **0.70×** | 0.50× | 0.88× (of 800 ms) | 10.7 KB | 11.7 KB | 117.2 KB | 0.92× | 0.09× | 1 / 2 / 2 |'])
  })

  it('takes the median of the runs for LCP, and the representative run when there are none', () => {
    expect(medianLcp({ ...page, lcpRunsMs: [900, 650, 700] })).toBe(700)
    expect(medianLcp({ ...page, lcpRunsMs: [null, 650, 700] })).toBe(675)
    expect(medianLcp(page)).toBe(700)
    expect(medianLcp(undefined)).toBeNull()
  })

  it('misses the LCP budget when the site is not at most 0.85 of the linked page', () => {
    const [met] = comparisons(all)
    expect(comparisonMisses(met)).toEqual([])
    const [missed] = comparisons({ ...all, pages: [{ ...page, lighthouse: lighthouse(100, 851) }] })
    expect(comparisonMisses(missed).map((miss) => miss.detail)).toEqual(['LCP is 851 ms, 0.85× the 1,000 ms of the same page with the stylesheet and icon linked; the budget is 0.85×.'])
    const [unmeasured] = comparisons({ ...all, pages: [{ ...page, lighthouse: undefined }] })
    expect(unmeasured.lcpToLinked).toBeNull()
    expect(comparisonMisses(unmeasured)).toEqual([])
  })

  it('lists the references, then each page with its linked copy and, where Lighthouse ran on it, its floor', () => {
    expect(ratio(4096, 2048)).toBe('2.00×')
    expect(ratio(0, 0)).toBe('=')
    expect(ratio(10, 0)).toBe('new')
    const [empty, reference, site, linkedRow, cssOnlyRow, plain, ...rest] = rows(pagesTable(all))
    expect(rest).toEqual([])
    expect(empty).toMatch(/^\| empty Next\.js page \| 93 \|.* \| 6 \| — \| reference \|$/)
    expect(reference).toMatch(/^\| GOV\.UK Frontend reference \| 99 \|.*\| 2 \| 6 \| 117\.2 KB in 7, 3 before first paint \| reference \|$/)
    expect(site).toMatch(/^\| `\/faq` \| 100 \(100, 100, 99\) \|/)
    expect(site).toContain('| 600 ms | 700 ms |')
    expect(site).toContain('| 10.0 KB | 3.9 KB | 0 B | 0 B | 10.0 KB | 1 | 1 | 10.7 KB in 1, 1 before first paint | none |')
    expect(cssOnlyRow).toMatch(/^\| `\/faq` only the stylesheet linked \|/)
    expect(linkedRow).toMatch(/^\| `\/faq` stylesheet and icon linked \|.*\| 2 \| 2 \| 11\.7 KB in 2, 2 before first paint \| reference \|$/)
    expect(plain).toMatch(/^\| `\/faq` as plain HTML \|/)
    // A floor Lighthouse did not run on has no row of its own; its bytes still count in the summary.
    expect(rows(pagesTable({ ...all, plain: [{ ...floor, lighthouse: undefined }], linkedStylesheetOnly: [] }))).toHaveLength(4)
  })

  it('will not print a page without its linked copy or floor', () => {
    expect(() => pagesTable({ ...all, plain: [] })).toThrow(/No linked-stylesheet copy or plain-HTML floor was measured for \/faq/)
    expect(() => comparisons({ ...all, linked: [] })).toThrow(/No linked-stylesheet copy was measured for \/faq/)
  })

  it('sums up the site against the linked page, GOV.UK Frontend, the empty page and the floor', () => {
    const text = summary(all)
    expect(text).toContain('Every page of the site is one request before its first paint (at most 1; budget 1) and at most 10.0 KB gzip with its stylesheet (budget 14.0 KB), 0 B of JavaScript, 1 request(s) in all.')
    expect(text).toContain('With the stylesheet and icon linked, the same pages wait for 2 requests before they paint.')
    expect(text).toContain("In Lighthouse's runs, Chromium started at most 1 request(s) before the first paint on a page of the site, and up to 2 on the linked copies.")
    expect(text).toContain('The GOV.UK Frontend reference waits for 2 and fetches 117.2 KB in 7 requests')
    expect(text).toContain('Each page of the site has exactly the bytes of its plain-HTML floor.')
    expect(text).toContain(
      'LCP of the site ÷ the same page with the stylesheet and icon linked: 0.70× (budget at most 0.85× on every route), 0.70× for all routes together; ÷ the same page with only the stylesheet linked: 0.88×; ÷ the GOV.UK Frontend reference: 0.50×.',
    )
    expect(text).toContain(
      'Lowest Lighthouse performance: 100 for the site, 100 with the stylesheet linked, 100 with only the stylesheet linked, 100 for the plain-HTML floor, 99 for GOV.UK Frontend, 93 for the empty Next.js page.',
    )
  })

  it('lists every missed budget under its page, and says Lighthouse stopped when it did', () => {
    const results: BenchResults = {
      generatedAt: '2026-11-27T08:00:00.000Z',
      mode: 'quick',
      machine: { cpus: 2, loadAverageAtStart: [1, 1, 1], node: 'v20', note: '' },
      versions: { next: '16', react: '19', 'react-dom': '19', 'govuk-frontend': '6.6.0', lighthouse: '12.1.0', lhci: '0.14.0', chromium: 'Chromium' },
      lighthouse: { runsPerPage: 1, preset: 'mobile', routesRun: 1, routesTotal: 1, floorRoutesRun: 1, failure: 'NO_FCP' },
      ...all,
      pages: [{ ...page, misses: [{ budget: 'js', detail: 'JavaScript is 100.6 KB gzip; the budget is 0 B.' }] }],
      builds: [],
      buildMisses: [],
      durationSeconds: 60,
    }
    const markdown = resultsMarkdown(results)
    expect(markdown).toContain('- `/faq`, **js**: JavaScript is 100.6 KB gzip; the budget is 0 B.')
    expect(markdown).toContain('**Lighthouse stopped before it had measured every page:** NO_FCP')
    expect(markdown).toContain('Lighthouse 12.1.0 run by Lighthouse CI 0.14.0')
    expect(markdown).toContain('## Against the design it replaces and GOV.UK Frontend')
    expect(markdown).toContain('`govuk-frontend` 6.6.0')
    expect(markdown).not.toContain('Every page meets every budget.')
  })

  it('shows seconds per page for each build size', () => {
    const table = buildTable([
      { label: '+100', pages: 112, seconds: 112 },
      { label: 'site', pages: 12, seconds: 60 },
    ])
    const rows = table.split('\n').slice(2)
    expect(rows[0]).toBe('| site | 12 | 60.0 s | 5.00 | — |')
    expect(rows[1]).toBe('| +100 | 112 | 112.0 s | 1.00 | 0.52 |')
  })
})
