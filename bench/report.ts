/**
 * The benchmark's results, as data (bench/results.json) and as a page people read (bench/results.md).
 */
import { BUDGETS, formatBytes, secondsPerPage, type BuildTiming } from '@/bench/budgets'
import { comparisons, mostSeen, ms, overall, range, times, type BenchResults, type Comparison, type MeasuredPage } from '@/bench/comparisons'
import type { ByteCount } from '@/bench/page-weight'
import type { CategoryId } from '@/bench/lighthouse'

/** A byte figure beside the same figure of the page's plain-HTML floor. */
export function ratio(value: number, floor: number): string {
  if (floor === 0) return value === 0 ? '=' : 'new'
  return `${(value / floor).toFixed(2)}×`
}

function score(value: number | null | undefined): string {
  return value == null ? '—' : String(value)
}

export function comparisonTable(rows: readonly Comparison[]): string {
  const kb = (bytes: number | null) => (bytes === null ? '—' : formatBytes(bytes))
  return [
    '| page | LCP | linked | GOV.UK Frontend | LCP ÷ linked | LCP ÷ GOV.UK | LCP ÷ only the stylesheet linked | bytes | linked | GOV.UK | bytes ÷ linked | bytes ÷ GOV.UK | requests before first paint (site / linked / GOV.UK) |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map((row) => {
      const cells = [
        `\`${row.route}\``,
        ms(row.lcpMs.site),
        ms(row.lcpMs.linked),
        ms(row.lcpMs.govuk),
        `**${times(row.lcpToLinked)}**`,
        times(row.lcpToGovuk),
        row.lcpMs.linkedStylesheetOnly === null ? '—' : `${times(row.lcpToLinkedStylesheetOnly)} (of ${ms(row.lcpMs.linkedStylesheetOnly)})`,
        kb(row.networkBytes.site),
        kb(row.networkBytes.linked),
        kb(row.networkBytes.govuk),
        times(row.bytesToLinked),
        times(row.bytesToGovuk),
        `${row.requestsBeforeFirstPaint.site} / ${row.requestsBeforeFirstPaint.linked} / ${row.requestsBeforeFirstPaint.govuk}`,
      ]
      return `| ${cells.join(' | ')} |`
    }),
  ].join('\n')
}

/** The page's own figures; the references (empty Next.js page, GOV.UK Frontend, the floor, the linked copy) have no budgets. */
function pageRow(label: string, page: MeasuredPage, hasBudgets: boolean): string {
  const lh = page.lighthouse
  const spread = page.performanceRuns && page.performanceRuns.length > 1 ? ` (${page.performanceRuns.join(', ')})` : ''
  const b = page.bytes
  const cells = [
    label,
    `${score(lh?.scores.performance)}${spread}`,
    score(lh?.scores.accessibility),
    score(lh?.scores['best-practices']),
    score(lh?.scores.seo),
    ms(lh?.metrics.firstContentfulPaintMs),
    ms(lh?.metrics.largestContentfulPaintMs),
    ms(lh?.metrics.totalBlockingTimeMs),
    lh?.metrics.cumulativeLayoutShift == null ? '—' : String(Number(lh.metrics.cumulativeLayoutShift.toFixed(3))),
    formatBytes(b.html),
    formatBytes(b.css),
    formatBytes(b.js),
    formatBytes(b.font + b.image + b.other),
    formatBytes(b.firstPaintBytes),
    String(b.requestsBeforeFirstPaint),
    String(b.requests),
    page.network ? `${formatBytes(page.network.bytes)} in ${page.network.requests}, ${page.network.beforeFirstPaint ?? '?'} before first paint` : '—',
    !hasBudgets ? 'reference' : page.misses.length > 0 ? page.misses.map((miss) => miss.budget).join(', ') : lh ? 'none' : 'none (bytes only)',
  ]
  return `| ${cells.join(' | ')} |`
}

/** The references first, then each page of the site followed by the same page with the stylesheet linked and, where measured, as plain HTML. */
export function pagesTable(results: Pick<BenchResults, 'baseline' | 'govuk' | 'pages' | 'linked' | 'linkedStylesheetOnly' | 'plain'>): string {
  return [
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | HTML | of it CSS | JS | other | before first paint | requests before first paint | requests | Lighthouse saw | budgets missed |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    pageRow('empty Next.js page', results.baseline, false),
    pageRow('GOV.UK Frontend reference', results.govuk, false),
    ...results.pages.flatMap((page) => {
      const linked = results.linked.find((other) => other.route === page.route)
      const floor = results.plain.find((plain) => plain.route === page.route)
      const cssOnly = results.linkedStylesheetOnly.find((other) => other.route === page.route)
      if (!linked || !floor) throw new Error(`No linked-stylesheet copy or plain-HTML floor was measured for ${page.route}.`)
      return [
        pageRow(`\`${page.route}\``, page, true),
        pageRow(`\`${page.route}\` stylesheet and icon linked`, linked, false),
        ...(cssOnly?.lighthouse ? [pageRow(`\`${page.route}\` only the stylesheet linked`, cssOnly, false)] : []),
        ...(floor.lighthouse ? [pageRow(`\`${page.route}\` as plain HTML`, floor, false)] : []),
      ]
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

/** A few sentences on where the site stands against the design it replaces, GOV.UK Frontend, the empty Next.js page and its floor. */
export function summary(results: Pick<BenchResults, 'baseline' | 'govuk' | 'pages' | 'linked' | 'linkedStylesheetOnly' | 'plain'>): string {
  const rows = comparisons(results)
  const most = (pages: MeasuredPage[], pick: (bytes: ByteCount) => number) => Math.max(...pages.map((page) => pick(page.bytes)))
  const lowest = (pages: MeasuredPage[], category: CategoryId) => {
    const scores = pages.flatMap((page) => (page.lighthouse ? [page.lighthouse.scores[category] ?? 0] : []))
    return scores.length === 0 ? '—' : String(Math.min(...scores))
  }
  const sameAsFloor = results.plain.every((floor) => {
    const page = results.pages.find((p) => p.route === floor.route)
    return page !== undefined && page.bytes.html === floor.bytes.html && page.bytes.requests === floor.bytes.requests
  })
  const govuk = results.govuk
  const sentences = [
    `Every page of the site is one request before its first paint (at most ${most(results.pages, (b) => b.requestsBeforeFirstPaint)}; ` +
      `budget ${BUDGETS.maxRequestsBeforeFirstPaint}) and at most ${formatBytes(most(results.pages, (b) => b.firstPaintBytes))} gzip with its stylesheet ` +
      `(budget ${formatBytes(BUDGETS.maxFirstPaintBytes)}), ${formatBytes(most(results.pages, (b) => b.js))} of JavaScript, ${most(results.pages, (b) => b.requests)} request(s) in all.`,
    `With the stylesheet and icon linked, the same pages wait for ${most(results.linked, (b) => b.requestsBeforeFirstPaint)} requests before they paint. ` +
      `In Lighthouse's runs, Chromium started at most ${mostSeen(results.pages)} request(s) before the first paint on a page of the site, and up to ${mostSeen(results.linked)} on the linked copies. ` +
      `The GOV.UK Frontend reference waits for ${govuk.bytes.requestsBeforeFirstPaint} and fetches ${govuk.network ? `${formatBytes(govuk.network.bytes)} in ${govuk.network.requests} requests` : `${govuk.bytes.requests} files`}; ` +
      `the empty Next.js page downloads ${formatBytes(results.baseline.bytes.js)} of JavaScript in ${results.baseline.bytes.requests} requests.`,
    sameAsFloor
      ? 'Each page of the site has exactly the bytes of its plain-HTML floor.'
      : 'Some pages of the site differ in bytes from their plain-HTML floor; see the table.',
  ]
  if (rows.some((row) => row.lcpToLinked !== null)) {
    sentences.push(
      `LCP of the site ÷ the same page with the stylesheet and icon linked: ${range(rows.map((row) => row.lcpToLinked))} (budget at most ${BUDGETS.maxLcpToLinkedStylesheet}× on every route), ` +
        `${times(overall(rows, 'linked'))} for all routes together; ` +
        `÷ the same page with only the stylesheet linked: ${range(rows.map((row) => row.lcpToLinkedStylesheetOnly))}; ` +
        `÷ the GOV.UK Frontend reference: ${range(rows.map((row) => row.lcpToGovuk))}. ` +
        `Bytes fetched ÷ linked: ${range(rows.map((row) => row.bytesToLinked))}; ÷ GOV.UK Frontend: ${range(rows.map((row) => row.bytesToGovuk))}.`,
      `Lowest Lighthouse performance: ${lowest(results.pages, 'performance')} for the site, ${lowest(results.linked, 'performance')} with the stylesheet linked, ` +
        `${lowest(results.linkedStylesheetOnly, 'performance')} with only the stylesheet linked, ${lowest(results.plain, 'performance')} for the plain-HTML floor, ${govuk.lighthouse?.scores.performance ?? '—'} for GOV.UK Frontend, ` +
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
    '## Against the design it replaces and GOV.UK Frontend',
    '',
    `Each route of the site (the stylesheet and icon inside the page) beside the same route with the stylesheet and icon linked (the pages as built before, ` +
      `\`bench/linked-stylesheet.ts\`; on ${lh.floorRoutesRun} routes also with only the stylesheet linked, the icon inside, to show the stylesheet's share) and beside the GOV.UK Frontend reference (the home page's words styled with \`govuk-frontend\` ${results.versions['govuk-frontend']}, ` +
      'its CSS linked and its JavaScript loaded as its page template does, `bench/govuk-reference.ts`), measured in this one run, the three interleaved. ' +
      `LCP is the median of each page's ${lh.runsPerPage} run${lh.runsPerPage === 1 ? '' : 's'}; bytes are what its representative run fetched over the network (compressed, headers included); ` +
      'requests before first paint are counted from the HTML (stylesheets and scripts that block it) and, for the site, checked in a real browser by `tests/e2e/budgets.spec.ts`. ' +
      'About the icon: while a page waits for its linked stylesheet, Chromium often asks for the icon before it paints, and Lighthouse then counts that request on the way to LCP; ' +
      'so the linked page shows one of two LCPs from run to run. "Only the stylesheet linked" keeps the icon inside the page, to show the stylesheet\'s own share.',
    '',
    comparisonTable(comparisons(results)),
    '',
    '## Pages',
    '',
    `Lighthouse ${lh.preset}, ${lh.runsPerPage} run${lh.runsPerPage === 1 ? '' : 's'} per page; shown is the run Lighthouse CI picks as representative ` +
      `(nearest the median first contentful paint and time to interactive), every run's performance score in brackets; ${lh.routesRun} of ${lh.routesTotal} routes, ` +
      `the stylesheet-only copy and the plain-HTML floor on ${lh.floorRoutesRun} of them (their bytes on all). ` +
      'Every row is served by the server of `npm start` (`lib/servers/static-server.ts`, run by the bench itself): the site and its copies with the headers of `deploy/serve.json` ' +
      "(the linked copies' policy allowing `style-src 'self'` instead of the hash), the two references with none. " +
      'Byte columns are counted from the files, gzip at the default level: "HTML" is the whole page, "of it CSS" the gzip size of its inline stylesheet alone; ' +
      '"before first paint" is the HTML with every file the browser must wait for before it paints; "other" is fonts, images and icons that the HTML names ' +
      '(fonts named only inside a stylesheet are not counted here; "Lighthouse saw" counts them).',
    ...(lh.failure ? ['', `**Lighthouse stopped before it had measured every page:** ${lh.failure}`] : []),
    '',
    pagesTable(results),
    '',
    '## Budgets',
    '',
    `Lighthouse performance, accessibility, best practices and SEO ${BUDGETS.lighthouse.performance}, CLS ${BUDGETS.maxCumulativeLayoutShift}. ` +
      `JavaScript ${formatBytes(BUDGETS.maxJsBytes)}; each page at most ${formatBytes(BUDGETS.maxFirstPaintBytes)} gzip with its stylesheet (1 KB = 1024 bytes); ` +
      `${BUDGETS.maxRequestsBeforeFirstPaint} request before the first paint and ${BUDGETS.maxRequests} on a first visit; ` +
      `LCP (median of the runs) at most ${BUDGETS.maxLcpToLinkedStylesheet}× that of the same page with the stylesheet and icon linked; build time growing no faster than the number of pages. ` +
      'The values live in `bench/budgets.ts`; `npm test` checks the byte and request budgets on every build, the requests also in a real browser.',
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
