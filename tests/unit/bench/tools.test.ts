import { describe, expect, it } from 'vitest'
import { createCleanup } from '@/bench/cleanup'
import { buildTable, pagesTable, ratio, resultsMarkdown, summary, type BenchResults, type MeasuredPage } from '@/bench/report'

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
  const lighthouse = (performance: number): MeasuredPage['lighthouse'] => ({
    scores: { performance, accessibility: 100, 'best-practices': 96, seo: 100 },
    metrics: { firstContentfulPaintMs: 800, largestContentfulPaintMs: 1712.4, totalBlockingTimeMs: 40, cumulativeLayoutShift: 0, speedIndexMs: 900 },
    failingAudits: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
  })
  const baseline: MeasuredPage = { route: 'empty Next.js page', bytes: { html: 1500, css: 0, js: 135_000, font: 0, image: 0, other: 0, requests: 6 }, lighthouse: lighthouse(93), misses: [] }
  const page: MeasuredPage = {
    route: '/faq',
    bytes: { html: 8192, css: 4000, js: 103_000, font: 0, image: 185, other: 0, requests: 9 },
    lighthouse: lighthouse(88),
    performanceRuns: [87, 88, 90],
    misses: [{ budget: 'js', detail: '...' }, { budget: 'best-practices', detail: '...' }],
  }
  const floor: MeasuredPage = { route: '/faq', bytes: { html: 4096, css: 4000, js: 0, font: 0, image: 185, other: 0, requests: 3 }, lighthouse: lighthouse(100), misses: [] }
  const rows = (table: string) => table.split('\n').slice(2)

  it('puts each page above the same page as plain HTML, its bytes as a ratio to that floor', () => {
    expect(ratio(4096, 2048)).toBe('2.00×')
    expect(ratio(0, 0)).toBe('=')
    expect(ratio(10, 0)).toBe('new')
    const [empty, site, plain, ...rest] = rows(pagesTable({ baseline, pages: [page], plain: [floor] }))
    expect(rest).toEqual([])
    expect(empty).toMatch(/^\| empty Next\.js page \| 93 \|.* \| 6 \| reference \|$/)
    expect(site).toMatch(/^\| `\/faq` \| 88 \(87, 88, 90\) \|/)
    expect(site).toContain('1,712 ms')
    expect(site).toContain('| 8.0 KB (2.00×) | 3.9 KB (1.00×) | 100.6 KB (new) |')
    expect(site).toContain('| 9 (3.00×) | js, best-practices |')
    expect(plain).toMatch(/^\| `\/faq` as plain HTML \| 100 \|.*\| 4\.0 KB \| 3\.9 KB \| 0 B \| 185 B \| 3 \| reference \|$/)
  })

  it('will not print a page without its floor', () => {
    expect(() => pagesTable({ baseline, pages: [page], plain: [] })).toThrow(/No plain-HTML floor was measured for \/faq/)
  })

  it('sums up the site against its floor and the empty page, with the lowest scores', () => {
    const text = summary({ baseline, pages: [page, { route: '/bytes-only', bytes: { ...page.bytes, js: 0, html: 2000 }, misses: [] }], plain: [floor] })
    expect(text).toContain('The empty Next.js page downloads 131.8 KB of JavaScript in 6 requests.')
    expect(text).toContain('The heaviest page of the site downloads 100.6 KB of JavaScript, 8.0 KB of HTML and 3.9 KB of CSS (gzip), in at most 9 requests')
    expect(text).toContain('the same pages as plain HTML at most 0 B of JavaScript, 4.0 KB of HTML')
    expect(text).toContain('Lowest Lighthouse performance: 88 for the site, 100 for the same pages as plain HTML, 93 for the empty Next.js page.')
    expect(text).toContain('best practices and SEO on the site: 100, 96, 100')
  })

  it('lists every missed budget under its page, and says Lighthouse stopped when it did', () => {
    const results: BenchResults = {
      generatedAt: '2026-11-27T08:00:00.000Z',
      mode: 'quick',
      machine: { cpus: 2, loadAverageAtStart: [1, 1, 1], node: 'v20', note: '' },
      versions: { next: '16', react: '19', 'react-dom': '19', lighthouse: '12.1.0', lhci: '0.14.0', chromium: 'Chromium' },
      lighthouse: { runsPerPage: 1, preset: 'mobile', routesRun: 1, routesTotal: 1, failure: 'NO_FCP' },
      baseline,
      pages: [{ ...page, misses: [{ budget: 'js', detail: 'JavaScript is 100.6 KB gzip; the budget is 0 B.' }] }],
      plain: [floor],
      builds: [],
      buildMisses: [],
      durationSeconds: 60,
    }
    const markdown = resultsMarkdown(results)
    expect(markdown).toContain('- `/faq`, **js**: JavaScript is 100.6 KB gzip; the budget is 0 B.')
    expect(markdown).toContain('**Lighthouse stopped before it had measured every page:** NO_FCP')
    expect(markdown).toContain('Lighthouse 12.1.0 run by Lighthouse CI 0.14.0')
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
