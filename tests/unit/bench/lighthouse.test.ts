import { describe, expect, it } from 'vitest'
import { crossCheck, crossCheckAgrees, medianRun, networkRequests, summarizeReport, type LighthouseReportLike } from '@/bench/lighthouse'
import type { PageWeight } from '@/bench/page-weight'

function report(): LighthouseReportLike {
  return {
    categories: {
      performance: { score: 0.973, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'total-blocking-time', weight: 30 }] },
      accessibility: { score: 0.96, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }, { id: 'skip-link', weight: 0 }] },
      'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { score: null, auditRefs: [] },
    },
    audits: {
      'largest-contentful-paint': { id: 'largest-contentful-paint', title: 'LCP', score: 0.9, numericValue: 2100.4 },
      'total-blocking-time': { id: 'total-blocking-time', title: 'TBT', score: 1, numericValue: 0 },
      'cumulative-layout-shift': { id: 'cumulative-layout-shift', title: 'CLS', score: 1, numericValue: 0 },
      'color-contrast': { id: 'color-contrast', title: 'Contrast', score: 0 },
      'image-alt': { id: 'image-alt', title: 'Alt text', score: null },
      'skip-link': { id: 'skip-link', title: 'Skip link', score: 0 },
      'errors-in-console': { id: 'errors-in-console', title: 'Console', score: 1 },
      'network-requests': {
        id: 'network-requests',
        title: 'Requests',
        score: null,
        details: { items: [{ url: 'http://127.0.0.1:1234/', resourceType: 'Document', statusCode: 200 }] },
      },
    },
  }
}

describe('summarizing a Lighthouse report', () => {
  it('keeps scores out of 100 and the metrics', () => {
    const summary = summarizeReport(report())
    expect(summary.scores).toEqual({ performance: 97, accessibility: 96, 'best-practices': 100, seo: null })
    expect(summary.metrics.largestContentfulPaintMs).toBe(2100.4)
    expect(summary.metrics.cumulativeLayoutShift).toBe(0)
    expect(summary.metrics.firstContentfulPaintMs).toBeNull()
  })

  it('lists the weighted audits that did not pass, per category', () => {
    const summary = summarizeReport(report())
    expect(summary.failingAudits.accessibility).toEqual([{ id: 'color-contrast', title: 'Contrast', score: 0 }])
    expect(summary.failingAudits.performance.map((audit) => audit.id)).toEqual(['largest-contentful-paint'])
    expect(summary.failingAudits['best-practices']).toEqual([])
  })

  it('reads the network requests', () => {
    expect(networkRequests(report())).toHaveLength(1)
  })
})

describe('the median run', () => {
  const run = (performance: number | null, tag: string) => ({ scores: { performance }, tag })

  it('is the run with the middle performance score', () => {
    expect(medianRun([run(99, 'a'), run(80, 'b'), run(90, 'c')]).tag).toBe('c')
  })

  it('is the only run when there is one, and the lower middle of an even count', () => {
    expect(medianRun([run(70, 'only')]).tag).toBe('only')
    expect(medianRun([run(100, 'a'), run(90, 'b'), run(95, 'c'), run(80, 'd')]).tag).toBe('b')
  })

  it('needs at least one run', () => {
    expect(() => medianRun([])).toThrow(/No Lighthouse runs/)
  })
})

describe('cross-checking the byte count against Lighthouse', () => {
  const weight: PageWeight = {
    route: '/',
    html: 1000,
    css: 100,
    js: 200,
    font: 0,
    image: 0,
    other: 0,
    requests: 3,
    resources: [
      { url: '/s.css', kind: 'css', via: 'stylesheet', bytes: 100, rawBytes: 400 },
      { url: '/a.js', kind: 'js', via: 'script', bytes: 200, rawBytes: 900 },
      { url: '/icon.svg?icon.123.svg', kind: 'image', via: 'icon', bytes: 150, rawBytes: 300 },
    ],
  }
  const base = 'http://127.0.0.1:4000'

  it('agrees when Lighthouse fetched the same files at the same sizes', () => {
    const check = crossCheck(
      weight,
      [
        { url: `${base}/`, resourceType: 'Document', statusCode: 200 },
        { url: `${base}/s.css`, resourceType: 'Stylesheet', statusCode: 200, resourceSize: 400 },
        { url: `${base}/a.js`, resourceType: 'Script', statusCode: 200, resourceSize: 900 },
        { url: `${base}/icon.svg?icon.123.svg`, resourceType: 'Other', statusCode: 200, resourceSize: 300 },
        { url: `${base}/favicon.ico`, resourceType: 'Other', statusCode: 404 },
        { url: `${base}/faq/__next._tree.txt?_rsc=1`, resourceType: 'Fetch', statusCode: 200 },
      ],
      `${base}/`,
    )
    expect(check.matched).toEqual(['/s.css', '/a.js', '/icon.svg?icon.123.svg'])
    expect(check.failed).toEqual(['/favicon.ico (404)'])
    expect(check.prefetches).toEqual(['/faq/__next._tree.txt?_rsc=1'])
    expect(crossCheckAgrees(check)).toBe(true)
  })

  it('disagrees when a counted file was not fetched, an uncounted one was, or a size differs', () => {
    const check = crossCheck(
      weight,
      [
        { url: `${base}/s.css`, resourceType: 'Stylesheet', statusCode: 200, resourceSize: 401 },
        { url: `${base}/surprise.js`, resourceType: 'Script', statusCode: 200 },
        { url: 'https://cdn.example.com/lib.js', resourceType: 'Script', statusCode: 200 },
      ],
      `${base}/`,
    )
    expect(check.countedNotSeen).toEqual(['/a.js', '/icon.svg?icon.123.svg'])
    expect(check.seenNotCounted).toEqual(['/surprise.js', 'https://cdn.example.com/lib.js'])
    expect(check.sizeMismatches).toEqual([{ url: '/s.css', counted: 400, seen: 401 }])
    expect(crossCheckAgrees(check)).toBe(false)
  })
})
