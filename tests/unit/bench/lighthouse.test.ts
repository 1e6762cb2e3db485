import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { crossCheck, crossCheckAgrees, lhciConfig, networkRequests, networkTotals, readLhciReports, requestsBeforeFirstPaint, summarizeReport, type LighthouseReportLike } from '@/bench/lighthouse'
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

  it('counts the requests the browser started before its first paint, on the trace clock', () => {
    const withTimes: LighthouseReportLike = {
      ...report(),
      audits: {
        ...report().audits,
        // Requests in milliseconds after the first; the first at 5,000,000 µs on the trace clock; first paint at 5,150,000 µs.
        'network-requests': {
          id: 'network-requests',
          title: 'Requests',
          score: null,
          details: {
            items: [
              { url: 'http://h/', networkRequestTime: 0, transferSize: 9000 },
              { url: 'http://h/s.css', networkRequestTime: 90, transferSize: 4000 },
              { url: 'http://h/icon.svg', networkRequestTime: 151, transferSize: 400 },
            ],
            debugData: { networkStartTimeTs: 5_000_000 },
          },
        },
        metrics: { id: 'metrics', title: 'Metrics', score: null, details: { items: [{ observedFirstPaintTs: 5_150_000 }] } },
      },
    }
    expect(requestsBeforeFirstPaint(withTimes)).toBe(2)
    expect(networkTotals(networkRequests(withTimes))).toEqual({ bytes: 13_400, requests: 3 })
    expect(requestsBeforeFirstPaint(report())).toBeNull()
  })
})

describe('the runs Lighthouse CI wrote', () => {
  const temps: string[] = []
  afterEach(() => {
    for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  /** A reports folder like `lhci upload --target=filesystem` writes: one JSON report per run and a manifest. */
  function reportsFolder(runs: { url: string; performance: number; representative: boolean; requestedUrl?: string }[]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lhci-'))
    temps.push(dir)
    const manifest = runs.map((run, index) => {
      const jsonPath = path.join(dir, `run-${index}.report.json`)
      const lhr = { ...report(), requestedUrl: run.requestedUrl ?? run.url, lighthouseVersion: '12.1.0' }
      lhr.categories = { ...lhr.categories, performance: { ...lhr.categories.performance!, score: run.performance } }
      fs.writeFileSync(jsonPath, JSON.stringify(lhr))
      return { url: run.url, isRepresentativeRun: run.representative, jsonPath, htmlPath: '', summary: { performance: run.performance } }
    })
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
    return dir
  }

  it('keeps, per address, the run lhci chose and the score of every run', () => {
    const dir = reportsFolder([
      { url: 'http://localhost:1/', performance: 0.91, representative: false },
      { url: 'http://localhost:1/', performance: 0.88, representative: true },
      { url: 'http://localhost:2/', performance: 1, representative: true },
    ])
    const { lighthouseVersion, byUrl } = readLhciReports(dir)
    expect(lighthouseVersion).toBe('12.1.0')
    expect([...byUrl.keys()]).toEqual(['http://localhost:1/', 'http://localhost:2/'])
    expect(byUrl.get('http://localhost:1/')?.representative.scores.performance).toBe(88)
    expect(byUrl.get('http://localhost:1/')?.performanceRuns).toEqual([91, 88])
    expect(byUrl.get('http://localhost:1/')?.lcpRunsMs).toEqual([2100.4, 2100.4])
    expect(byUrl.get('http://localhost:2/')?.requests).toHaveLength(1)
  })

  it('refuses a report that belongs to another address (lhci names files by host and path, not port)', () => {
    const dir = reportsFolder([{ url: 'http://localhost:1/faq', performance: 1, representative: true, requestedUrl: 'http://localhost:2/faq' }])
    expect(() => readLhciReports(dir)).toThrow(/holds a report on http:\/\/localhost:2\/faq, not http:\/\/localhost:1\/faq/)
  })

  it('runs every address the number of times asked, with the given Chromium, on the four categories', () => {
    const config = lhciConfig({ urls: ['http://localhost:1/'], runs: 3, chromePath: '/usr/bin/chromium', chromeFlags: ['--no-sandbox', '--disable-gpu'], reportsDir: '/r' })
    expect(config.ci.collect).toMatchObject({ url: ['http://localhost:1/'], numberOfRuns: 3, chromePath: '/usr/bin/chromium' })
    expect(config.ci.collect.settings).toMatchObject({ chromeFlags: '--no-sandbox --disable-gpu', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
    expect(config.ci.upload).toEqual({ target: 'filesystem', outputDir: '/r' })
  })
})

describe('cross-checking the byte count against Lighthouse', () => {
  const weight: PageWeight = {
    route: '/',
    html: 1000,
    css: 100,
    js: 200,
    inlineJs: 0,
    font: 0,
    image: 0,
    other: 0,
    requests: 3,
    requestsBeforeFirstPaint: 3,
    firstPaintBytes: 1300,
    resources: [
      { url: '/s.css', kind: 'css', via: 'stylesheet', blocksFirstPaint: true, bytes: 100, rawBytes: 400 },
      { url: '/a.js', kind: 'js', via: 'script', blocksFirstPaint: true, bytes: 200, rawBytes: 900 },
      { url: '/icon.svg?icon.123.svg', kind: 'image', via: 'icon', blocksFirstPaint: false, bytes: 150, rawBytes: 300 },
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
