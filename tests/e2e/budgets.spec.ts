import path from 'node:path'
import { expect, test } from '@playwright/test'
import { installedFrameworkVersions, readBaseline, staleBaselineMessage } from '@/bench/baseline'
import { byteBudgetMisses, fontBudgetMisses } from '@/bench/budgets'
import { measurePage } from '@/bench/page-weight'
import { routes } from './routes'

/**
 * The byte budgets, on the site `npm test` has just built into out/. No browser: the count is read
 * from the HTML and the files it asks for (bench/page-weight.ts). The JavaScript budget is
 * relative to an empty Next.js page, measured by `npm run bench` and recorded in bench/baseline.json.
 * Lighthouse scores and timings are too noisy for a test; they live in the benchmark only.
 */
const OUT = path.join(process.cwd(), 'out')

function currentBaseline() {
  const baseline = readBaseline()
  const stale = staleBaselineMessage(baseline.versions, installedFrameworkVersions())
  if (stale) throw new Error(stale)
  return baseline
}

test('the recorded baseline was measured with the installed next, react and react-dom', () => {
  const baseline = readBaseline()
  expect(staleBaselineMessage(baseline.versions, installedFrameworkVersions())).toBeUndefined()
})

for (const route of routes) {
  test(`${route} stays within the JavaScript, CSS, HTML and font budgets`, () => {
    const baseline = currentBaseline()
    const weight = measurePage(OUT, route)
    const misses = [...byteBudgetMisses(weight, baseline.page.js), ...fontBudgetMisses(OUT, weight)]
    expect(misses.map((miss) => miss.detail)).toEqual([])
  })
}
