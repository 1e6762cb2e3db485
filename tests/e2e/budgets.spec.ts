import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { BUDGETS, byteBudgetMisses } from '@/bench/budgets'
import { measurePage } from '@/bench/page-weight'
import { inlineStyles, linkedStylesheets } from '@/lib/build/inline-assets'
import { listFiles } from '@/lib/build/remove-runtime'
import { routes } from './routes'

/**
 * The byte and request budgets of bench/budgets.ts (no JavaScript; each page at most 14 KB gzip
 * with its stylesheet; one request before the first paint, and one in all), on the site `npm test`
 * has just built into out/, checked twice:
 *  - by bytes, read from the HTML and the files it asks for (bench/page-weight.ts), which
 *    `npm run bench` checks against what Lighthouse saw;
 *  - by the requests a real browser makes, served with the project's own headers: Chromium's own
 *    record of each request and of the moment it first painted (DevTools protocol), on one clock.
 * Lighthouse scores and timings are too noisy for a test; they live in the benchmark only.
 */
const OUT = path.join(process.cwd(), 'out')

test.describe('by bytes', () => {
  for (const route of routes) {
    test(`${route} stays within the JavaScript, first-paint and request budgets`, () => {
      const misses = byteBudgetMisses(measurePage(OUT, route))
      expect(misses.map((miss) => `${miss.budget}: ${miss.detail}`)).toEqual([])
    })
  }

  test('no built page links a stylesheet: each holds the one stylesheet inside', () => {
    const pages = listFiles(OUT).filter((file) => file.endsWith('.html'))
    expect(pages.length).toBeGreaterThanOrEqual(routes.length)
    for (const file of pages) {
      const html = fs.readFileSync(path.join(OUT, file), 'utf8')
      expect(linkedStylesheets(html), file).toEqual([])
      expect(inlineStyles(html), file).toHaveLength(1)
    }
  })
})

interface FirstVisit {
  /** Addresses the browser asked the network for before it first painted the page. */
  beforeFirstPaint: string[]
  /** Every address it asked the network for, until the network went quiet. */
  all: string[]
}

/**
 * Opens `url` in a fresh page and records, from Chromium itself, every network request and the
 * page's first paint (its `firstPaint` lifecycle event), both on the browser's one clock.
 * data: addresses (the icon) are not requests over the network and are left out.
 */
async function firstVisit(page: Page, url: string): Promise<FirstVisit> {
  const cdp = await page.context().newCDPSession(page)
  const requests: { url: string; at: number; loaderId: string; type?: string }[] = []
  const paints: { at: number; loaderId: string }[] = []
  cdp.on('Network.requestWillBeSent', (event) => requests.push({ url: event.request.url, at: event.timestamp, loaderId: event.loaderId, type: event.type }))
  cdp.on('Page.lifecycleEvent', (event) => {
    if (event.name === 'firstPaint') paints.push({ at: event.timestamp, loaderId: event.loaderId })
  })
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Page.enable')
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true })
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  const documentRequest = requests.find((request) => request.type === 'Document')
  expect(documentRequest, `the browser's request for ${url}`).toBeDefined()
  // The first paint of this page, not of the blank page before it.
  await expect.poll(() => paints.some((paint) => paint.loaderId === documentRequest!.loaderId)).toBe(true)
  const firstPaint = paints.find((paint) => paint.loaderId === documentRequest!.loaderId)!.at
  const network = requests.filter((request) => /^https?:/.test(request.url))
  await cdp.detach()
  return { beforeFirstPaint: network.filter((request) => request.at < firstPaint).map((request) => request.url), all: network.map((request) => request.url) }
}

test.describe('in a real browser', () => {
  for (const route of [...routes, '/no-such-page-here']) {
    test(`${route}: the page is the one request before the first paint, and the only one`, async ({ page, baseURL }) => {
      const visit = await firstVisit(page, `${baseURL}${route}`)
      expect(visit.beforeFirstPaint).toEqual([`${baseURL}${route}`])
      expect(visit.beforeFirstPaint).toHaveLength(BUDGETS.maxRequestsBeforeFirstPaint)
      expect(visit.all).toEqual([`${baseURL}${route}`])
      expect(visit.all.length).toBeLessThanOrEqual(BUDGETS.maxRequests)
    })
  }

  test('the count sees a linked stylesheet: a page that links one makes two requests before its first paint', async ({ page, baseURL }) => {
    // A page the site does not have, answered by the test, so the check above is known to catch what it is for.
    // Its icon is a data: address, as the site's is: without one, Chromium asks for /favicon.ico, before the first paint too.
    await page.route(`${baseURL}/linked-stylesheet-check`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><head><link rel="stylesheet" href="/linked-check.css"><link rel="icon" href="data:,"></head><body><h1>Check</h1></body></html>',
      }),
    )
    await page.route(`${baseURL}/linked-check.css`, (route) => route.fulfill({ contentType: 'text/css', body: 'h1{color:#0b5563}' }))
    const visit = await firstVisit(page, `${baseURL}/linked-stylesheet-check`)
    expect(visit.beforeFirstPaint).toEqual([`${baseURL}/linked-stylesheet-check`, `${baseURL}/linked-check.css`])
  })
})
