import { describe, expect, it } from 'vitest'
import { buildTimeMisses, byteBudgetMisses, KB, lighthouseBudgetMisses } from '@/bench/budgets'
import type { LighthouseSummary } from '@/bench/lighthouse'
import type { PageWeight } from '@/bench/page-weight'

/** A page as the site should be: HTML with its stylesheet and icon inside, no JavaScript, one request. */
const lightPage: PageWeight = {
  route: '/faq',
  html: 11 * KB,
  css: 4 * KB,
  js: 0,
  inlineJs: 0,
  font: 0,
  image: 0,
  other: 0,
  requests: 1,
  requestsBeforeFirstPaint: 1,
  firstPaintBytes: 11 * KB,
  resources: [],
}
const stylesheet = { url: '/_next/static/chunks/site.css', kind: 'css' as const, via: 'stylesheet', blocksFirstPaint: true, bytes: 4 * KB, rawBytes: 16 * KB }
const script = { url: '/_next/static/chunks/main.js', kind: 'js' as const, via: 'script', blocksFirstPaint: false, bytes: 2000, rawBytes: 6000 }

function summary(overrides: Partial<LighthouseSummary['scores']> = {}, cls = 0): LighthouseSummary {
  return {
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, ...overrides },
    metrics: { firstContentfulPaintMs: 900, largestContentfulPaintMs: 1200, totalBlockingTimeMs: 0, cumulativeLayoutShift: cls, speedIndexMs: 900 },
    failingAudits: {
      performance: [],
      accessibility: overrides.accessibility ? [{ id: 'color-contrast', title: 'Contrast', score: 0 }] : [],
      'best-practices': overrides['best-practices'] ? [{ id: 'errors-in-console', title: 'Console errors', score: 0 }] : [],
      seo: [],
    },
  }
}

describe('byte and request budgets', () => {
  it('pass a page of HTML with its stylesheet inside, within 14 KB, in one request', () => {
    expect(byteBudgetMisses(lightPage)).toEqual([])
  })

  it('allow not one byte of JavaScript, and name the file', () => {
    const misses = byteBudgetMisses({ ...lightPage, js: 1, requests: 2, resources: [{ ...script, bytes: 1 }] })
    expect(misses.map((miss) => miss.budget)).toEqual(['js', 'requests'])
    expect(misses[0].detail).toContain('/_next/static/chunks/main.js')
  })

  it('count inline scripts as JavaScript and say so', () => {
    const misses = byteBudgetMisses({ ...lightPage, js: 900, inlineJs: 900 })
    expect(misses.map((miss) => miss.budget)).toEqual(['js'])
    expect(misses[0].detail).toMatch(/JavaScript \(900 B of it inline\) is 900 B gzip; the budget is 0 B/)
  })

  it('allow 14 KB for the page with what it needs before it paints, and not a byte more', () => {
    expect(byteBudgetMisses({ ...lightPage, html: 14 * KB, firstPaintBytes: 14 * KB })).toEqual([])
    const misses = byteBudgetMisses({ ...lightPage, html: 14 * KB + 1, firstPaintBytes: 14 * KB + 1 })
    expect(misses.map((miss) => miss.budget)).toEqual(['first-paint-bytes'])
    expect(misses[0].detail).toContain('is 14.0 KB gzip; the budget is 14.0 KB')
  })

  it('count a linked stylesheet against the 14 KB and as a request before the first paint, and name it', () => {
    const linked = { ...lightPage, html: 8 * KB, css: 4 * KB, firstPaintBytes: 12 * KB + 1, requests: 2, requestsBeforeFirstPaint: 2, resources: [stylesheet] }
    expect(byteBudgetMisses(linked).map((miss) => miss.budget)).toEqual(['requests-before-first-paint', 'requests'])
    expect(byteBudgetMisses(linked)[0].detail).toContain('makes 2 requests before it can paint; the budget is 1, the page itself. It waits for: /_next/static/chunks/site.css (stylesheet)')
    const heavy = byteBudgetMisses({ ...linked, firstPaintBytes: 15 * KB })
    expect(heavy[0].budget).toBe('first-paint-bytes')
    expect(heavy[0].detail).toContain('Files: /_next/static/chunks/site.css 4.0 KB')
  })

  it('allow one request on a first visit, and list any other', () => {
    const font = { url: '/fonts/body.woff2', kind: 'font' as const, via: 'preload', blocksFirstPaint: false, bytes: 20 * KB, rawBytes: 20 * KB }
    const misses = byteBudgetMisses({ ...lightPage, font: 20 * KB, requests: 2, resources: [font] })
    expect(misses.map((miss) => miss.budget)).toEqual(['requests'])
    expect(misses[0].detail).toContain('/fonts/body.woff2')
  })
})

describe('Lighthouse budgets', () => {
  it('passes perfect scores', () => {
    expect(lighthouseBudgetMisses(summary())).toEqual([])
  })

  it('allows nothing below a performance of 100', () => {
    expect(lighthouseBudgetMisses(summary({ performance: 99 })).map((miss) => miss.budget)).toEqual(['performance'])
    expect(lighthouseBudgetMisses(summary({ performance: null })).map((miss) => miss.budget)).toEqual(['performance'])
  })

  it('names the audits behind a missed category', () => {
    const misses = lighthouseBudgetMisses(summary({ accessibility: 96, 'best-practices': 96 }))
    expect(misses.map((miss) => miss.budget)).toEqual(['accessibility', 'best-practices'])
    expect(misses[0].detail).toContain('color-contrast (0)')
    expect(misses[1].detail).toContain('errors-in-console (0)')
  })

  it('allows no layout shift at all', () => {
    expect(lighthouseBudgetMisses(summary({}, 0.001)).map((miss) => miss.budget)).toEqual(['cls'])
  })
})

describe('build time budget', () => {
  it('passes when seconds per page fall or stay as pages are added', () => {
    expect(
      buildTimeMisses([
        { label: 'site', pages: 12, seconds: 60 },
        { label: '+100', pages: 112, seconds: 90 },
        { label: '+500', pages: 512, seconds: 200 },
      ]),
    ).toEqual([])
  })

  it('flags build time that grows faster than the page count', () => {
    const misses = buildTimeMisses([
      { label: '+500', pages: 512, seconds: 600 },
      { label: '+100', pages: 112, seconds: 100 },
    ])
    expect(misses).toHaveLength(1)
    expect(misses[0].detail).toMatch(/rose from 0\.89 \(112 pages\) to 1\.17 \(512 pages\)/)
  })
})
