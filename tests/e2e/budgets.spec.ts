import path from 'node:path'
import { expect, test } from '@playwright/test'
import { byteBudgetMisses } from '@/bench/budgets'
import { measurePage } from '@/bench/page-weight'
import { routes } from './routes'

/**
 * The byte and request budgets of bench/budgets.ts (no JavaScript; HTML at most 15 KB and CSS at
 * most 10 KB gzip; at most 3 requests on a first visit), on the site `npm test` has just built into
 * out/. No browser: the count is read from the HTML and the files it asks for
 * (bench/page-weight.ts), and `npm run bench` checks it against what Lighthouse saw.
 * Lighthouse scores and timings are too noisy for a test; they live in the benchmark only.
 */
const OUT = path.join(process.cwd(), 'out')

for (const route of routes) {
  test(`${route} stays within the JavaScript, HTML, CSS and request budgets`, () => {
    const misses = byteBudgetMisses(measurePage(OUT, route))
    expect(misses.map((miss) => `${miss.budget}: ${miss.detail}`)).toEqual([])
  })
}
