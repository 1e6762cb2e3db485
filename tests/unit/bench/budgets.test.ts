import { describe, expect, it } from 'vitest'
import { blockingFontFaces, BUDGETS, buildTimeMisses, byteBudgetMisses, KB, lighthouseBudgetMisses } from '@/bench/budgets'
import type { LighthouseSummary } from '@/bench/lighthouse'
import type { ByteCount } from '@/bench/page-weight'

const BASELINE_JS = 135_000
const lightPage: ByteCount = { html: 5 * KB, css: 4 * KB, js: BASELINE_JS + 3 * KB, font: 0, image: 0, other: 0, requests: 8 }

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

describe('byte budgets', () => {
  it('passes a page within every budget', () => {
    expect(byteBudgetMisses(lightPage, BASELINE_JS)).toEqual([])
  })

  it('allows exactly 5 KB of JavaScript over the empty page, and not a byte more', () => {
    expect(byteBudgetMisses({ ...lightPage, js: BASELINE_JS + 5 * KB }, BASELINE_JS)).toEqual([])
    const misses = byteBudgetMisses({ ...lightPage, js: BASELINE_JS + 5 * KB + 1 }, BASELINE_JS)
    expect(misses.map((miss) => miss.budget)).toEqual(['js'])
    expect(misses[0].detail).toMatch(/more than the empty Next\.js page/)
  })

  it('names the CSS and HTML budgets a page misses', () => {
    const misses = byteBudgetMisses({ ...lightPage, css: BUDGETS.maxCssBytes + 1, html: BUDGETS.maxHtmlBytes + 1 }, BASELINE_JS)
    expect(misses.map((miss) => miss.budget)).toEqual(['css', 'html'])
    expect(misses[0].detail).toContain('15.0 KB')
  })
})

describe('Lighthouse budgets', () => {
  it('passes perfect scores', () => {
    expect(lighthouseBudgetMisses(summary())).toEqual([])
  })

  it('allows performance down to 95 only', () => {
    expect(lighthouseBudgetMisses(summary({ performance: 95 }))).toEqual([])
    expect(lighthouseBudgetMisses(summary({ performance: 94 })).map((miss) => miss.budget)).toEqual(['performance'])
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

describe('fonts that hide text', () => {
  it('flags @font-face rules without a font-display that shows text at once', () => {
    const css = `
      @font-face { font-family: "Shown"; src: url(a.woff2); font-display: swap }
      @font-face { font-family: "Optional"; src: url(b.woff2); font-display:optional; }
      @font-face { font-family: "Hidden"; src: url(c.woff2) }
      @font-face { font-family: "Blocked"; src: url(d.woff2); font-display: block }`
    expect(blockingFontFaces(css)).toEqual(['"Hidden"', '"Blocked"'])
  })

  it('finds nothing in CSS without web fonts', () => {
    expect(blockingFontFaces('body { font-family: system-ui, sans-serif }')).toEqual([])
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
