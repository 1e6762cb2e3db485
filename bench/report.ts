/**
 * The benchmark's results, as data (bench/results.json) and as a page people read (bench/results.md).
 */
import { BUDGETS, formatBytes, secondsPerPage, type BudgetMiss, type BuildTiming } from '@/bench/budgets'
import type { CategoryId, CrossCheck, LighthouseSummary } from '@/bench/lighthouse'
import type { ByteCount } from '@/bench/page-weight'

export interface MeasuredPage {
  route: string
  bytes: ByteCount
  /** The median Lighthouse run; absent when Lighthouse was not run on this page. */
  lighthouse?: LighthouseSummary
  /** Performance scores of every run, to show how much they spread. */
  performanceRuns?: (number | null)[]
  misses: BudgetMiss[]
}

export interface BenchResults {
  generatedAt: string
  mode: 'full' | 'quick'
  machine: { cpus: number; loadAverageAtStart: number[]; node: string; note: string }
  versions: { next: string; react: string; 'react-dom': string; lighthouse: string; chromium: string }
  lighthouse: { runsPerPage: number; preset: string; routesRun: number; routesTotal: number }
  baseline: MeasuredPage
  pages: MeasuredPage[]
  builds: BuildTiming[]
  buildMisses: BudgetMiss[]
  crossCheck?: { route: string; agrees: boolean; details: CrossCheck }
  durationSeconds: number
}

export function ratio(value: number, baseline: number): string {
  if (baseline === 0) return value === 0 ? '=' : 'new'
  return `${(value / baseline).toFixed(2)}×`
}

function cellBytes(value: number, baseline: number): string {
  return `${formatBytes(value)} (${ratio(value, baseline)})`
}

function ms(value: number | null | undefined): string {
  return value == null ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`
}

function score(value: number | null | undefined): string {
  return value == null ? '—' : String(value)
}

/** A row of the table; the baseline's row is the reference, with no budgets of its own. */
function pageRow(page: MeasuredPage, baseline: ByteCount, reference?: { label: string }): string {
  const lh = page.lighthouse
  const spread = page.performanceRuns && page.performanceRuns.length > 1 ? ` (${page.performanceRuns.join(', ')})` : ''
  const cells = [
    `\`${reference?.label ?? page.route}\``,
    `${score(lh?.scores.performance)}${spread}`,
    score(lh?.scores.accessibility),
    score(lh?.scores['best-practices']),
    score(lh?.scores.seo),
    ms(lh?.metrics.largestContentfulPaintMs),
    ms(lh?.metrics.totalBlockingTimeMs),
    lh?.metrics.cumulativeLayoutShift == null ? '—' : String(Number(lh.metrics.cumulativeLayoutShift.toFixed(3))),
    cellBytes(page.bytes.html, baseline.html),
    cellBytes(page.bytes.css, baseline.css),
    cellBytes(page.bytes.js, baseline.js),
    formatBytes(page.bytes.font + page.bytes.image + page.bytes.other),
    `${page.bytes.requests} (${ratio(page.bytes.requests, baseline.requests)})`,
    reference ? 'reference' : page.misses.length > 0 ? page.misses.map((miss) => miss.budget).join(', ') : lh ? 'none' : 'none (bytes only)',
  ]
  return `| ${cells.join(' | ')} |`
}

export function pagesTable(results: Pick<BenchResults, 'baseline' | 'pages'>): string {
  const baseline = results.baseline.bytes
  return [
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | HTML | CSS | JS | other | requests | budgets missed |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    pageRow(results.baseline, baseline, { label: 'empty Next.js page (baseline)' }),
    ...results.pages.map((page) => pageRow(page, baseline)),
  ].join('\n')
}

export function buildTable(builds: readonly BuildTiming[]): string {
  const sorted = [...builds].sort((a, b) => a.pages - b.pages)
  const first = sorted[0]
  return [
    '| content | pages | build time | seconds per page | seconds per page added (vs. the first row) |',
    '| --- | --: | --: | --: | --: |',
    ...sorted.map((build) => {
      const added = first && build !== first ? ((build.seconds - first.seconds) / (build.pages - first.pages)).toFixed(2) : '—'
      return `| ${build.label} | ${build.pages} | ${build.seconds.toFixed(1)} s | ${secondsPerPage(build).toFixed(2)} | ${added} |`
    }),
  ].join('\n')
}

function missesList(results: BenchResults): string {
  const lines = results.pages.flatMap((page) => page.misses.map((miss) => `- \`${page.route}\`, **${miss.budget}**: ${miss.detail}`))
  lines.push(...results.buildMisses.map((miss) => `- **${miss.budget}**: ${miss.detail}`))
  return lines.length === 0 ? 'Every page meets every budget.' : lines.join('\n')
}

function crossCheckText(check: NonNullable<BenchResults['crossCheck']>): string {
  const d = check.details
  const lines = [
    `On \`${check.route}\`, the median Lighthouse run's network requests were compared with the files counted from the HTML:`,
    `${d.matched.length} files both counted and seen${d.sizeMismatches.length === 0 ? ', each the same size as in out/' : ''}.`,
  ]
  if (d.countedNotSeen.length) lines.push(`Counted but not seen: ${d.countedNotSeen.map((u) => `\`${u}\``).join(', ')}.`)
  if (d.seenNotCounted.length) lines.push(`Seen but not counted: ${d.seenNotCounted.map((u) => `\`${u}\``).join(', ')}.`)
  if (d.sizeMismatches.length) lines.push(`Sizes differ: ${d.sizeMismatches.map((m) => `\`${m.url}\` ${m.counted} B counted, ${m.seen} B seen`).join('; ')}.`)
  if (d.failed.length) lines.push(`Failed requests (not counted): ${d.failed.map((u) => `\`${u}\``).join(', ')}.`)
  if (d.prefetches.length) lines.push(`Not counted on purpose: ${d.prefetches.length} prefetches of linked pages that next/link makes after the page has loaded.`)
  lines.push(check.agrees ? '**The count agrees with Lighthouse.**' : '**The count does not agree with Lighthouse; see above.**')
  return lines.join(' ')
}

/** A few sentences on how far the site is above the framework's floor. */
export function summary(results: Pick<BenchResults, 'baseline' | 'pages'>): string {
  const floor = results.baseline.bytes
  const most = (pick: (bytes: ByteCount) => number) => Math.max(...results.pages.map((page) => pick(page.bytes)))
  const scored = results.pages.filter((page) => page.lighthouse)
  const lowest = (category: CategoryId) => Math.min(...scored.map((page) => page.lighthouse?.scores[category] ?? 0))
  const sentences = [
    `The empty Next.js page downloads ${formatBytes(floor.js)} of JavaScript (gzip) in ${floor.requests} requests. ` +
      `The heaviest page of the site downloads ${formatBytes(most((b) => b.js - floor.js))} more JavaScript (budget ${formatBytes(BUDGETS.maxJsOverBaselineBytes)}), ` +
      `${formatBytes(most((b) => b.css))} of CSS (budget ${formatBytes(BUDGETS.maxCssBytes)}) and ${formatBytes(most((b) => b.html))} of HTML (budget ${formatBytes(BUDGETS.maxHtmlBytes)}), ` +
      `in at most ${most((b) => b.requests)} requests.`,
  ]
  if (scored.length > 0) {
    sentences.push(
      `Lowest Lighthouse scores over the ${scored.length} pages measured: performance ${lowest('performance')} ` +
        `(the empty page: ${results.baseline.lighthouse?.scores.performance ?? '—'}), accessibility ${lowest('accessibility')}, ` +
        `best practices ${lowest('best-practices')}, SEO ${lowest('seo')}.`,
    )
  }
  return sentences.join(' ')
}

export function resultsMarkdown(results: BenchResults): string {
  const lh = results.lighthouse
  return [
    '# Benchmark results',
    '',
    `Measured ${results.generatedAt} by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\` (${results.mode} run, ${Math.round(results.durationSeconds)} s). ` +
      `next ${results.versions.next}, react ${results.versions.react}, react-dom ${results.versions['react-dom']}, Lighthouse ${results.versions.lighthouse}, ${results.versions.chromium}, Node ${results.machine.node}.`,
    '',
    `Machine: ${results.machine.cpus} CPUs, load average ${results.machine.loadAverageAtStart.map((n) => n.toFixed(2)).join(' / ')} at the start. ${results.machine.note}`,
    '',
    summary(results),
    '',
    '## Pages',
    '',
    `Lighthouse ${lh.preset}, ${lh.runsPerPage} run${lh.runsPerPage === 1 ? '' : 's'} per page, the run with the median performance score shown ` +
      `(every run's performance score in brackets); ${lh.routesRun} of ${lh.routesTotal} routes. ` +
      'Bytes are what a first visit downloads, gzip at the default level, and in brackets their ratio to the empty Next.js page built with the same versions. ' +
      '"other" is fonts, images and icons.',
    '',
    pagesTable(results),
    '',
    '## Budgets',
    '',
    `Lighthouse: performance at least ${BUDGETS.lighthouse.performance}, accessibility, best practices and SEO ${BUDGETS.lighthouse.accessibility}, CLS ${BUDGETS.maxCumulativeLayoutShift}. ` +
      `JavaScript at most ${formatBytes(BUDGETS.maxJsOverBaselineBytes)} more than the empty page; CSS at most ${formatBytes(BUDGETS.maxCssBytes)}; HTML at most ${formatBytes(BUDGETS.maxHtmlBytes)} (gzip, 1 KB = 1024 bytes); ` +
      'no font that hides text while it downloads; build time growing no faster than the number of pages.',
    '',
    missesList(results),
    '',
    '## Build time',
    '',
    'Each build starts cold (no `.next` cache). The extra pages are made-up MDX pages of about the length of a real one, added to a copy of the project.',
    '',
    results.builds.length > 0 ? buildTable(results.builds) : 'Not measured in a quick run.',
    '',
    '## Checking the byte count',
    '',
    results.crossCheck ? crossCheckText(results.crossCheck) : 'Not run.',
    '',
  ].join('\n')
}
