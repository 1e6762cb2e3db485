/**
 * npm run bench [-- --quick]
 *
 * How each page compares with its peers, side by side in one phone-like Lighthouse run:
 *  1. builds the site (cold), and from it: the same pages with the stylesheet and icon linked (the
 *     design they replaced, bench/linked-stylesheet.ts), and with only the stylesheet linked; the floor, the same pages as
 *     plain HTML (bench/plain-html.ts); an empty Next.js page with the same versions; and a
 *     reference page styled with GOV.UK Frontend, its CSS and JavaScript linked (bench/govuk-reference.ts);
 *  2. counts the bytes and requests of a first visit to every route of each;
 *  3. serves each with `npm run serve`, the server and host configuration `npm start` uses, and
 *     runs Lighthouse on them with Lighthouse CI (mobile, simulated throttling), each route of the
 *     site followed by its linked copy (and on two routes the stylesheet-only copy and the floor),
 *     so load on the machine falls on them alike;
 *  4. times cold builds with 100 and 500 extra made-up pages;
 *  5. checks the budgets of bench/budgets.ts, writes bench/results.md and bench/results.json,
 *     and prints the tables: LCP and bytes as ratios to the linked-stylesheet page and to GOV.UK Frontend.
 *
 * --quick: one Lighthouse run on two routes, no extra builds; results go to bench/tmp/ so the
 * committed results are not replaced by a development run. Needs no network.
 *
 * BENCH_PORTS=4351-4399: the ports the servers may use (by default, any free port), for a
 * machine where other work owns ports.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { installedFrameworkVersions } from '@/bench/baseline'
import { buildTimeMisses, byteBudgetMisses, lighthouseBudgetMisses, type BuildTiming } from '@/bench/budgets'
import { govukFrontendVersion, writeGovukReference } from '@/bench/govuk-reference'
import { crossCheck, crossCheckAgrees, networkTotals } from '@/bench/lighthouse'
import { linkedServeConfig, writeLinkedCopy } from '@/bench/linked-stylesheet'
import { measurePage, withoutResources, type PageWeight } from '@/bench/page-weight'
import { writePlainCopy } from '@/bench/plain-html'
import { comparisonMisses, comparisons, type BenchResults, type MeasuredPage } from '@/bench/comparisons'
import { comparisonTable, pagesTable, resultsMarkdown } from '@/bench/report'
import { htmlFileForRoute } from '@/lib/base/addresses'
import { getAllPages } from '@/lib/content'
import { factNames } from '@/lib/facts'
import { cleanup, elapsed, makeServable, makeTempDir, NO_SITE_HEADERS, progress, serveLikeNpmStart, startedAt } from '@/bench/processes'
import { FLOOR_LIGHTHOUSE_ROUTES, PROJECT_ROOT, QUICK, RESULTS_DIR, RUNS_PER_PAGE, SYNTHETIC_PAGE_COUNTS, TIME_LIMIT_SECONDS } from '@/bench/settings'
import { buildBaseline, buildSite, chromiumVersion, packageVersion, runLighthouse, timeSyntheticBuild } from '@/bench/steps'

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

async function main() {
  const loadAverageAtStart = os.loadavg()
  const chromium = chromiumVersion()
  const versions = installedFrameworkVersions(PROJECT_ROOT)
  const routes = getAllPages()
    .map((page) => page.route)
    .sort()
  progress(
    `${QUICK ? 'Quick' : 'Full'} benchmark: ${routes.length} routes, ${RUNS_PER_PAGE} Lighthouse run(s) per page, ` +
      `next ${versions.next}, ${chromium}, load average ${loadAverageAtStart.map((n) => n.toFixed(2)).join(' ')}`,
  )

  progress('Building the site (cold, npm run build)...')
  const siteSeconds = await buildSite()
  progress(`Site built in ${siteSeconds.toFixed(1)} s.`)
  const builds: BuildTiming[] = [{ label: 'the site content', pages: routes.length, seconds: siteSeconds }]
  const outDir = path.join(PROJECT_ROOT, 'out')
  const serveConfig = fs.readFileSync(path.join(PROJECT_ROOT, 'deploy', 'serve.json'), 'utf8')

  const linkedDir = makeTempDir('linked')
  const linked = writeLinkedCopy(outDir, path.join(linkedDir, 'out'), 'file')
  makeServable(linkedDir, linkedServeConfig(serveConfig))
  progress(`Wrote the same pages with the stylesheet and icon linked (${linked.pages} pages, ${linked.files.join(', ')}), the design it replaces.`)
  const cssOnlyDir = makeTempDir('linked-css-only')
  writeLinkedCopy(outDir, path.join(cssOnlyDir, 'out'), 'inside')
  makeServable(cssOnlyDir, linkedServeConfig(serveConfig))

  const plainDir = makeTempDir('plain')
  const rewritten = writePlainCopy(outDir, path.join(plainDir, 'out'))
  makeServable(plainDir, serveConfig)
  progress(`Wrote the same ${rewritten} HTML files without scripts, for the plain-HTML floor.`)

  const govukDir = makeTempDir('govuk')
  writeGovukReference(PROJECT_ROOT, path.join(outDir, htmlFileForRoute('/')), path.join(govukDir, 'out'))
  // Served as GOV.UK Frontend leaves it: the site's headers are not its own.
  makeServable(govukDir, JSON.stringify(NO_SITE_HEADERS))
  progress(`Wrote the GOV.UK Frontend reference page (govuk-frontend ${govukFrontendVersion(PROJECT_ROOT)}), with the words of the home page.`)

  progress('Building the empty Next.js page with the same versions...')
  const baselineDir = await buildBaseline()
  // Served as Next leaves it: the site's headers (its Content-Security-Policy) are not its own.
  makeServable(baselineDir, JSON.stringify(NO_SITE_HEADERS))
  progress('Empty page built.')

  const weights = new Map<string, PageWeight>(routes.map((route) => [route, measurePage(outDir, route)]))
  const linkedWeights = new Map<string, PageWeight>(routes.map((route) => [route, measurePage(path.join(linkedDir, 'out'), route)]))
  const cssOnlyWeights = new Map<string, PageWeight>(routes.map((route) => [route, measurePage(path.join(cssOnlyDir, 'out'), route)]))
  const plainWeights = new Map<string, PageWeight>(routes.map((route) => [route, measurePage(path.join(plainDir, 'out'), route)]))
  const baselineWeight = measurePage(path.join(baselineDir, 'out'), '/')
  const govukWeight = measurePage(path.join(govukDir, 'out'), '/')
  progress(`Bytes counted (empty Next.js page: ${baselineWeight.js} B of JavaScript, gzip; GOV.UK Frontend reference: ${govukWeight.css} B of CSS and ${govukWeight.js} B of JavaScript).`)

  // The home page and the heaviest other page: all a quick run measures, and where the floor is measured.
  const twoRoutes = ['/', ...routes.filter((route) => route !== '/').sort((a, b) => weights.get(b)!.html - weights.get(a)!.html).slice(0, FLOOR_LIGHTHOUSE_ROUTES - 1)]
  const lighthouseRoutes = QUICK ? twoRoutes : routes

  const siteUrl = await serveLikeNpmStart(PROJECT_ROOT, 'the site')
  const linkedUrl = await serveLikeNpmStart(linkedDir, 'the linked-stylesheet copy')
  const cssOnlyUrl = await serveLikeNpmStart(cssOnlyDir, 'the copy with only the stylesheet linked')
  const plainUrl = await serveLikeNpmStart(plainDir, 'the plain-HTML floor')
  const govukUrl = await serveLikeNpmStart(govukDir, 'the GOV.UK Frontend reference')
  const baselineUrl = await serveLikeNpmStart(baselineDir, 'the empty Next.js page')
  progress(
    `npm run serve: the site on ${siteUrl}, with the stylesheet and icon linked on ${linkedUrl}, only the stylesheet on ${cssOnlyUrl}, the plain-HTML floor on ${plainUrl}, ` +
      `GOV.UK Frontend on ${govukUrl}, the empty Next.js page on ${baselineUrl}.`,
  )

  const urls = [
    `${baselineUrl}/`,
    `${govukUrl}/`,
    ...lighthouseRoutes.flatMap((route) => [
      `${siteUrl}${route}`,
      `${linkedUrl}${route}`,
      ...(twoRoutes.includes(route) ? [`${cssOnlyUrl}${route}`, `${plainUrl}${route}`] : []),
    ]),
  ]
  const lighthouse = await runLighthouse(urls)

  const measured = (url: string, weight: PageWeight, budgets: boolean): MeasuredPage => {
    const result = lighthouse.byUrl.get(url)
    const lost = lighthouseRoutes.includes(weight.route) && !result ? [{ budget: 'lighthouse', detail: 'Not measured: Lighthouse CI stopped before this page.' }] : []
    return {
      route: weight.route,
      bytes: withoutResources(weight),
      lighthouse: result?.representative,
      performanceRuns: result?.performanceRuns,
      lcpRunsMs: result?.lcpRunsMs,
      network: result && { ...networkTotals(result.requests), beforeFirstPaint: result.requestsBeforeFirstPaint },
      misses: budgets ? [...byteBudgetMisses(weight), ...(result ? lighthouseBudgetMisses(result.representative) : lost)] : [],
    }
  }
  // The references have no budgets to meet.
  const pages = routes.map((route) => measured(`${siteUrl}${route}`, weights.get(route)!, true))
  const linkedPages = routes.map((route) => measured(`${linkedUrl}${route}`, linkedWeights.get(route)!, false))
  const cssOnlyPages = routes.map((route) => measured(`${cssOnlyUrl}${route}`, cssOnlyWeights.get(route)!, false))
  const plain = routes.map((route) => measured(`${plainUrl}${route}`, plainWeights.get(route)!, false))
  const baseline = measured(`${baselineUrl}/`, baselineWeight, false)
  const govuk = measured(`${govukUrl}/`, govukWeight, false)
  // The site's LCP against its linked copy's: a budget of the site, checked here.
  for (const row of comparisons({ pages, linked: linkedPages, linkedStylesheetOnly: cssOnlyPages, govuk })) pages.find((page) => page.route === row.route)!.misses.push(...comparisonMisses(row))

  // Check the byte count once against what the browser really fetched.
  const home = lighthouse.byUrl.get(`${siteUrl}/`)
  const check = home ? crossCheck(weights.get('/')!, home.requests, `${siteUrl}/`) : undefined

  const buildFailures: string[] = []
  const factName = factNames.includes('iop.weeks') ? 'iop.weeks' : factNames[0]
  for (const extra of SYNTHETIC_PAGE_COUNTS) {
    progress(`Timing a cold build with ${extra} extra pages (${routes.length + extra} in all)...`)
    try {
      const seconds = await timeSyntheticBuild(extra, factName)
      builds.push({ label: `the site content + ${extra} made-up pages`, pages: routes.length + extra, seconds })
      progress(`Built ${routes.length + extra} pages in ${seconds.toFixed(1)} s (${(seconds / (routes.length + extra)).toFixed(2)} s per page).`)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      buildFailures.push(`+${extra} pages: ${message}`)
      progress(`The build with ${extra} extra pages failed:\n${message}`)
    }
  }

  const durationSeconds = (Date.now() - startedAt) / 1000
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    mode: QUICK ? 'quick' : 'full',
    machine: {
      cpus: os.cpus().length,
      loadAverageAtStart,
      node: process.version,
      note: 'The machine may be shared with other work: Lighthouse scores and build times vary between runs; byte counts do not.',
    },
    versions: { ...versions, 'govuk-frontend': govukFrontendVersion(PROJECT_ROOT), lighthouse: lighthouse.lighthouseVersion ?? 'not run', lhci: packageVersion('@lhci/cli'), chromium },
    lighthouse: {
      runsPerPage: RUNS_PER_PAGE,
      preset: 'mobile preset with simulated throttling (Lighthouse defaults)',
      routesRun: lighthouseRoutes.length,
      routesTotal: routes.length,
      floorRoutesRun: twoRoutes.length,
      failure: lighthouse.failure,
    },
    baseline: { ...baseline, route: 'empty Next.js page' },
    govuk: { ...govuk, route: 'GOV.UK Frontend reference' },
    pages,
    linked: linkedPages,
    linkedStylesheetOnly: cssOnlyPages,
    plain,
    builds,
    buildMisses: [...buildTimeMisses(builds), ...buildFailures.map((detail) => ({ budget: 'build', detail }))],
    crossCheck: check && { route: '/', agrees: crossCheckAgrees(check), details: check },
    durationSeconds,
  }

  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(RESULTS_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  fs.writeFileSync(path.join(RESULTS_DIR, 'results.md'), resultsMarkdown(results))

  console.log(`\n${pagesTable(results)}\n\n${comparisonTable(comparisons(results))}\n`)
  const missed = pages.filter((page) => page.misses.length > 0)
  if (missed.length === 0 && results.buildMisses.length === 0) console.log('Every budget met.')
  // One line per page here; what each miss measured, and the files behind it, are in results.md.
  for (const page of missed) console.log(`BUDGET MISSED  ${page.route}: ${page.misses.map((miss) => miss.budget).join(', ')}`)
  for (const miss of results.buildMisses) console.log(`BUDGET MISSED  ${miss.budget}: ${miss.detail}`)
  if (results.crossCheck) {
    console.log(`\nByte count ${results.crossCheck.agrees ? 'agrees' : 'DOES NOT agree'} with Lighthouse's network requests on /.`)
  }
  console.log(`Wrote ${path.relative(PROJECT_ROOT, RESULTS_DIR)}/results.md and results.json.`)
  const overLimit = durationSeconds > TIME_LIMIT_SECONDS ? ` (over the ${TIME_LIMIT_SECONDS / 60} minute aim)` : ''
  progress(`Done in ${Math.round(durationSeconds)} s${overLimit}.`)
}

main()
  .catch((error: unknown) => {
    console.error(`\n[${elapsed()}] The benchmark failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
  .finally(() => cleanup.run())
