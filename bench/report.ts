/**
 * The benchmark's results, as data (bench/results.json) and as a page people read (bench/results.md).
 */
import { BUDGETS, formatBytes, secondsPerPage, type BudgetMiss, type BuildTiming } from '@/bench/budgets'
import type { CategoryId, CrossCheck, LighthouseSummary } from '@/bench/lighthouse'
import type { ByteCount } from '@/bench/page-weight'

export interface MeasuredPage {
  route: string
  bytes: ByteCount
  /** The representative Lighthouse run; absent when Lighthouse was not run on this page. */
  lighthouse?: LighthouseSummary
  /** Performance scores of every run, to show how much they spread. */
  performanceRuns?: (number | null)[]
  misses: BudgetMiss[]
}

export interface BenchResults {
  generatedAt: string
  mode: 'full' | 'quick'
  machine: { cpus: number; loadAverageAtStart: number[]; node: string; note: string }
  versions: { next: string; react: string; 'react-dom': string; lighthouse: string; lhci: string; chromium: string }
  lighthouse: { runsPerPage: number; preset: string; routesRun: number; routesTotal: number; failure?: string }
  /** The reference: an empty Next.js page with the same versions. */
  baseline: MeasuredPage
  /** Every route of the site, as built. */
  pages: MeasuredPage[]
  /** The floor: the same routes as plain HTML (scripts removed), served the same way. */
  plain: MeasuredPage[]
  builds: BuildTiming[]
  buildMisses: BudgetMiss[]
  crossCheck?: { route: string; agrees: boolean; details: CrossCheck }
  durationSeconds: number
}

/** A byte figure beside the same figure of the page's plain-HTML floor. */
export function ratio(value: number, floor: number): string {
  if (floor === 0) return value === 0 ? '=' : 'new'
  return `${(value / floor).toFixed(2)}×`
}

function ms(value: number | null | undefined): string {
  return value == null ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`
}

function score(value: number | null | undefined): string {
  return value == null ? '—' : String(value)
}

/**
 * A row of the table. A page of the site shows its bytes beside its plain-HTML floor's, and the
 * budgets it misses; the reference rows (the empty Next.js page, the floor) have no budgets.
 */
function pageRow(label: string, page: MeasuredPage, floor?: ByteCount): string {
  const lh = page.lighthouse
  const spread = page.performanceRuns && page.performanceRuns.length > 1 ? ` (${page.performanceRuns.join(', ')})` : ''
  const bytes = (pick: (count: ByteCount) => number) => formatBytes(pick(page.bytes)) + (floor ? ` (${ratio(pick(page.bytes), pick(floor))})` : '')
  const cells = [
    label,
    `${score(lh?.scores.performance)}${spread}`,
    score(lh?.scores.accessibility),
    score(lh?.scores['best-practices']),
    score(lh?.scores.seo),
    ms(lh?.metrics.largestContentfulPaintMs),
    ms(lh?.metrics.totalBlockingTimeMs),
    lh?.metrics.cumulativeLayoutShift == null ? '—' : String(Number(lh.metrics.cumulativeLayoutShift.toFixed(3))),
    bytes((b) => b.html),
    bytes((b) => b.css),
    bytes((b) => b.js),
    formatBytes(page.bytes.font + page.bytes.image + page.bytes.other),
    floor ? `${page.bytes.requests} (${ratio(page.bytes.requests, floor.requests)})` : String(page.bytes.requests),
    !floor ? 'reference' : page.misses.length > 0 ? page.misses.map((miss) => miss.budget).join(', ') : lh ? 'none' : 'none (bytes only)',
  ]
  return `| ${cells.join(' | ')} |`
}

/** The empty Next.js page, then each page of the site followed by the same page as plain HTML. */
export function pagesTable(results: Pick<BenchResults, 'baseline' | 'pages' | 'plain'>): string {
  return [
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | HTML | CSS | JS | other | requests | budgets missed |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    pageRow('empty Next.js page', results.baseline),
    ...results.pages.flatMap((page) => {
      const floor = results.plain.find((plain) => plain.route === page.route)
      if (!floor) throw new Error(`No plain-HTML floor was measured for ${page.route}.`)
      return [pageRow(`\`${page.route}\``, page, floor.bytes), pageRow(`\`${page.route}\` as plain HTML`, floor)]
    }),
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
    `On \`${check.route}\`, the representative Lighthouse run's network requests were compared with the files counted from the HTML:`,
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

/** A few sentences on where the site stands between the empty Next.js page and its plain-HTML floor. */
export function summary(results: Pick<BenchResults, 'baseline' | 'pages' | 'plain'>): string {
  const empty = results.baseline.bytes
  const most = (pages: MeasuredPage[], pick: (bytes: ByteCount) => number) => Math.max(...pages.map((page) => pick(page.bytes)))
  const lowest = (pages: MeasuredPage[], category: CategoryId) => {
    const scores = pages.flatMap((page) => (page.lighthouse ? [page.lighthouse.scores[category] ?? 0] : []))
    return scores.length === 0 ? '—' : String(Math.min(...scores))
  }
  const heaviest = (pages: MeasuredPage[]) =>
    `${formatBytes(most(pages, (b) => b.js))} of JavaScript, ${formatBytes(most(pages, (b) => b.html))} of HTML and ` +
    `${formatBytes(most(pages, (b) => b.css))} of CSS (gzip), in at most ${most(pages, (b) => b.requests)} requests`
  const sentences = [
    `The empty Next.js page downloads ${formatBytes(empty.js)} of JavaScript in ${empty.requests} requests.`,
    `The heaviest page of the site downloads ${heaviest(results.pages)} ` +
      `(budgets: ${formatBytes(BUDGETS.maxJsBytes)}, ${formatBytes(BUDGETS.maxHtmlBytes)}, ${formatBytes(BUDGETS.maxCssBytes)}, ${BUDGETS.maxRequests} requests); ` +
      `the same pages as plain HTML at most ${heaviest(results.plain)}.`,
  ]
  if (results.pages.some((page) => page.lighthouse)) {
    sentences.push(
      `Lowest Lighthouse performance: ${lowest(results.pages, 'performance')} for the site, ${lowest(results.plain, 'performance')} for the same pages as plain HTML, ` +
        `${results.baseline.lighthouse?.scores.performance ?? '—'} for the empty Next.js page. ` +
        `Lowest accessibility, best practices and SEO on the site: ${lowest(results.pages, 'accessibility')}, ${lowest(results.pages, 'best-practices')}, ${lowest(results.pages, 'seo')}.`,
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
      `next ${results.versions.next}, react ${results.versions.react}, react-dom ${results.versions['react-dom']}, ` +
      `Lighthouse ${results.versions.lighthouse} run by Lighthouse CI ${results.versions.lhci}, ${results.versions.chromium}, Node ${results.machine.node}.`,
    '',
    `Machine: ${results.machine.cpus} CPUs, load average ${results.machine.loadAverageAtStart.map((n) => n.toFixed(2)).join(' / ')} at the start. ${results.machine.note}`,
    '',
    summary(results),
    '',
    '## Pages',
    '',
    `Lighthouse ${lh.preset}, ${lh.runsPerPage} run${lh.runsPerPage === 1 ? '' : 's'} per page; shown is the run Lighthouse CI picks as representative ` +
      `(nearest the median first contentful paint and time to interactive), every run's performance score in brackets; ${lh.routesRun} of ${lh.routesTotal} routes. ` +
      'Every row is served by `npm run serve`, the server `npm start` uses: the site and its plain-HTML copy with the headers of `deploy/serve.json`, the empty page with none. ' +
      'Each page of the site is followed by the same page as plain HTML (every script and script preload removed): the floor. ' +
      'Bytes are what a first visit downloads, gzip at the default level, inline scripts and styles counted again as JavaScript and CSS; in brackets their ratio to the floor. ' +
      '"other" is fonts, images and icons.',
    ...(lh.failure ? ['', `**Lighthouse stopped before it had measured every page:** ${lh.failure}`] : []),
    '',
    pagesTable(results),
    '',
    '## Budgets',
    '',
    `Lighthouse performance, accessibility, best practices and SEO ${BUDGETS.lighthouse.performance}, CLS ${BUDGETS.maxCumulativeLayoutShift}. ` +
      `JavaScript ${formatBytes(BUDGETS.maxJsBytes)}; HTML at most ${formatBytes(BUDGETS.maxHtmlBytes)} and CSS at most ${formatBytes(BUDGETS.maxCssBytes)} per page (gzip, 1 KB = 1024 bytes); ` +
      `at most ${BUDGETS.maxRequests} requests on a first visit (page, stylesheet, icon); build time growing no faster than the number of pages. ` +
      'The values live in `bench/budgets.ts`; `npm test` checks the byte and request budgets on every build.',
    '',
    missesList(results),
    '',
    '## Build time',
    '',
    'Each build starts cold (no `.next` cache). The extra pages are made-up MDX pages of about the length of a real one, added to a copy of the project.',
    '',
    results.builds.length > 0 ? buildTable(results.builds) : 'Not measured.',
    '',
    '## Checking the byte count',
    '',
    results.crossCheck ? crossCheckText(results.crossCheck) : 'Not run.',
    '',
  ].join('\n')
}
