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
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { baselineAppFiles, installedFrameworkVersions } from '@/bench/baseline'
import { buildTimeMisses, byteBudgetMisses, lighthouseBudgetMisses, type BuildTiming } from '@/bench/budgets'
import { createCleanup } from '@/bench/cleanup'
import { govukFrontendVersion, writeGovukReference } from '@/bench/govuk-reference'
import { crossCheck, crossCheckAgrees, lhciConfig, networkTotals, readLhciReports, type LighthouseResult } from '@/bench/lighthouse'
import { linkedServeConfig, writeLinkedCopy } from '@/bench/linked-stylesheet'
import { measurePage, withoutResources, type PageWeight } from '@/bench/page-weight'
import { writePlainCopy } from '@/bench/plain-html'
import { comparisonMisses, comparisons, comparisonTable, pagesTable, resultsMarkdown, type BenchResults, type MeasuredPage } from '@/bench/report'
import { copyProjectForBuild, SYNTHETIC_PREFIX, writeSyntheticPages } from '@/bench/synthetic-content'
import { htmlFileForRoute } from '@/lib/base/addresses'
import type { ServeConfig } from '@/lib/build/host-config'
import { getAllPages, toIsoDate } from '@/lib/content'
import { factNames } from '@/lib/facts'
import { createSiteServer } from '@/lib/servers/static-server'

const PROJECT_ROOT = process.cwd()
const QUICK = process.argv.includes('--quick')
const RUNS_PER_PAGE = QUICK ? 1 : 3
/**
 * Extra pages for the build-time table. 10 extra pages were dropped to fit the run in 15 minutes:
 * their cost (about a second) is far inside the noise of a cold build on a shared machine (in one
 * run, 22 pages took 108 s and 112 pages 68 s), so they showed nothing 100 and 500 do not.
 */
const SYNTHETIC_PAGE_COUNTS = QUICK ? [] : [100, 500]
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'
/** Sandbox off for root in CI, and nothing that calls home on a closed network. */
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const RESULTS_DIR = QUICK ? path.join(PROJECT_ROOT, 'bench', 'tmp') : path.join(PROJECT_ROOT, 'bench')
/**
 * 108 Lighthouse runs (a fresh Chromium each: 15 routes, each as built and with its stylesheet
 * linked; on two, also with only the stylesheet linked and as the floor; the two references; 3
 * times each) and four cold builds: about 25 minutes on a quiet 2-core machine.
 */
const TIME_LIMIT_SECONDS = 25 * 60
/**
 * The floor and the copy with only the stylesheet linked are measured by Lighthouse on two routes
 * (the home page and the heaviest other one), their bytes on every route. The floor's pages are the
 * site's own pages less any script, and the site has none, so each is byte for byte the site's page
 * (the report says whether that held); the stylesheet-only copy splits the difference to the
 * design it replaces between the stylesheet and the icon.
 */
const FLOOR_LIGHTHOUSE_ROUTES = 2
/** "4351-4399": the ports the bench's servers may take. Unset: any free port the system gives. */
const PORT_RANGE = parsePortRange(process.env.BENCH_PORTS)

function parsePortRange(value: string | undefined): { first: number; last: number } | undefined {
  if (!value) return undefined
  const match = /^(\d+)-(\d+)$/.exec(value.trim())
  const first = Number(match?.[1])
  const last = Number(match?.[2])
  if (!match || first < 1024 || last > 65535 || first > last) {
    throw new Error(`BENCH_PORTS must be a range of ports like 4351-4399, not "${value}".`)
  }
  return { first, last }
}

// ---------------------------------------------------------------------------------------------
// Progress, clean-up, child processes
// ---------------------------------------------------------------------------------------------

const startedAt = Date.now()
function elapsed(): string {
  const seconds = Math.round((Date.now() - startedAt) / 1000)
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}
function progress(message: string) {
  console.log(`[${elapsed()}] ${message}`)
}

const cleanup = createCleanup((message) => console.error(`[${elapsed()}] ${message}`))
// On a hard exit only synchronous work runs, so temp folders and process groups are also
// tracked here and removed in the 'exit' handler if the undo list did not get to them.
const tempDirs = new Set<string>()
const childGroups = new Set<number>()

process.on('exit', () => {
  for (const pid of childGroups) killGroup(pid)
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    console.error(`\n[${elapsed()}] ${signal}: stopping and cleaning up...`)
    void cleanup.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143))
  })
}

function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `anuvia-bench-${prefix}-`))
  tempDirs.add(dir)
  cleanup.add(`temporary folder ${dir}`, () => {
    // rmSync removes the node_modules link, never what it points to.
    fs.rmSync(dir, { recursive: true, force: true })
    tempDirs.delete(dir)
  })
  return dir
}

/** Next's own milestones ("✓ Compiled successfully in 41s"), so a long build shows it is moving. */
const NEXT_MILESTONE = (line: string) => /^\s*✓ /.test(line)

/**
 * Starts a command in its own process group (so a build's workers or a server's children stop
 * with it), shows the lines of its output that `show` picks, and keeps the end of the rest for
 * an error message.
 */
function startGroup(command: string, args: string[], cwd: string, options: { env?: Record<string, string>; show?: (line: string) => boolean } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const pid = child.pid
  if (pid === undefined) throw new Error(`Could not start ${command}.`)
  childGroups.add(pid)
  const stop = cleanup.add(`${command} ${args.join(' ')} (process group ${pid})`, () => {
    killGroup(pid)
    childGroups.delete(pid)
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-20_000)
    for (const line of text.split('\n')) if (options.show?.(line)) progress(`  ${line.trim()}`)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const describe = (how: string) => `${command} ${args.join(' ')} in ${cwd} ${how}:\n${output.trim().split('\n').slice(-40).join('\n')}`
  return { child, stop, describe }
}

/** Runs a command to the end and returns how long it took; on failure, shows the end of its output. */
function timedRun(command: string, args: string[], cwd: string, show: (line: string) => boolean = NEXT_MILESTONE): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint()
    const { child, stop, describe } = startGroup(command, args, cwd, { show })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      void stop()
      if (code === 0) resolve(Number(process.hrtime.bigint() - began) / 1e9)
      else reject(new Error(describe(`failed (${signal ?? `exit code ${code}`})`)))
    })
  })
}

/** Whether `port` can be listened on now (0: any port); resolves to the port, or undefined when it is taken. */
function tryPort(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(undefined))
    probe.listen(port, () => {
      const { port: taken } = probe.address() as net.AddressInfo
      probe.close(() => resolve(taken))
    })
  })
}

const portsHandedOut = new Set<number>()

/** A free port: from BENCH_PORTS when it is set, each handed out once; otherwise one the system picks. */
async function freePort(): Promise<number> {
  if (!PORT_RANGE) {
    const port = await tryPort(0)
    if (port === undefined) throw new Error('The system gave no free port.')
    return port
  }
  for (let port = PORT_RANGE.first; port <= PORT_RANGE.last; port++) {
    if (portsHandedOut.has(port) || (await tryPort(port)) === undefined) continue
    portsHandedOut.add(port)
    return port
  }
  throw new Error(`No free port in BENCH_PORTS=${PORT_RANGE.first}-${PORT_RANGE.last}.`)
}

/**
 * Serves `<folder>/out` the way `npm start` serves the site: the server of `npm run serve`
 * (lib/servers/static-server.ts), configured by `<folder>/deploy/serve.json`, here in the bench's own
 * process. Returns the address once it answers.
 */
async function serveLikeNpmStart(folder: string, label: string): Promise<string> {
  const port = await freePort()
  const config = JSON.parse(fs.readFileSync(path.join(folder, 'deploy', 'serve.json'), 'utf8')) as ServeConfig
  const server = createSiteServer({ outDir: path.join(folder, 'out'), config })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`Could not serve ${label} on port ${port}: ${error.message}`)))
    server.listen(port, resolve)
  })
  cleanup.add(`the server of ${label} (port ${port})`, () => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })
  const url = `http://localhost:${port}`
  const response = await fetch(`${url}/`)
  if (!response.ok) throw new Error(`Serving ${label}, ${url}/ answered ${response.status}.`)
  return url
}

/** The configuration of a reference served as it was made, without the site's headers. */
const NO_SITE_HEADERS: ServeConfig = { cleanUrls: true, trailingSlash: false, directoryListing: false, headers: [] }

/** A folder `serveLikeNpmStart` can serve: its out/, and `deploy/serve.json` with `serveConfig`. */
function makeServable(folder: string, serveConfig: string) {
  fs.mkdirSync(path.join(folder, 'deploy'), { recursive: true })
  fs.writeFileSync(path.join(folder, 'deploy', 'serve.json'), serveConfig)
}

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

/** The project's own build, from cold: `npm run build` with the .next cache removed. */
async function buildSite(): Promise<number> {
  fs.rmSync(path.join(PROJECT_ROOT, '.next'), { recursive: true, force: true })
  return timedRun('npm', ['run', 'build', '--silent'], PROJECT_ROOT)
}

/** The empty app, in a temporary folder linked to this project's node_modules. Returns the folder; the page is in its out/. */
async function buildBaseline(): Promise<string> {
  const dir = makeTempDir('baseline')
  for (const [file, text] of Object.entries(baselineAppFiles(PROJECT_ROOT))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  await timedRun(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], dir)
  return dir
}

/** A cold build of a copy of the project with `extra` made-up pages added. */
async function timeSyntheticBuild(extra: number, factName: string): Promise<number> {
  const dir = makeTempDir(`site-${extra}`)
  copyProjectForBuild(PROJECT_ROOT, dir)
  writeSyntheticPages(path.join(dir, 'content'), extra, factName, toIsoDate(new Date()))
  try {
    const seconds = await timedRun('npm', ['run', 'build', '--silent'], dir)
    const built = fs.readdirSync(path.join(dir, 'out')).filter((name) => name.startsWith(SYNTHETIC_PREFIX) && name.endsWith('.html'))
    if (built.length !== extra) {
      throw new Error(`Expected ${extra} made-up pages in out/, found ${built.length}: the site no longer builds top-level content pages as routes.`)
    }
    return seconds
  } finally {
    // Free the disk space now rather than at the end.
    fs.rmSync(dir, { recursive: true, force: true })
    tempDirs.delete(dir)
  }
}

/**
 * Lighthouse on every address with Lighthouse CI: `lhci collect` runs it (a fresh Chromium per
 * run, each run tried up to three times), `lhci upload --target=filesystem` picks each address's
 * representative run. If a run still fails, collect stops there: what was measured until then is
 * kept, and the failure is reported.
 */
async function runLighthouse(urls: string[]): Promise<{ byUrl: Map<string, LighthouseResult>; lighthouseVersion?: string; failure?: string }> {
  const dir = makeTempDir('lighthouse')
  const reportsDir = path.join(dir, 'reports')
  const configFile = path.join(dir, 'lighthouserc.json')
  fs.writeFileSync(configFile, JSON.stringify(lhciConfig({ urls, runs: RUNS_PER_PAGE, chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, reportsDir })))
  const lhci = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'lhci')
  let failure: string | undefined
  try {
    // "Running Lighthouse 3 time(s) on http://..."
    await timedRun(lhci, ['collect', `--config=${configFile}`], dir, (line) => line.startsWith('Running Lighthouse'))
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
    progress(`Lighthouse CI stopped: ${failure}`)
  }
  if (!fs.existsSync(path.join(dir, '.lighthouseci'))) return { byUrl: new Map(), failure }
  await timedRun(lhci, ['upload', `--config=${configFile}`], dir, () => false)
  return { ...readLhciReports(reportsDir), failure }
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr; only the version matters.
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    throw new Error(`Chromium is needed at ${CHROMIUM} (or set CHROME_PATH). On Debian or Ubuntu: apt-get install chromium.`)
  }
}

function packageVersion(name: string): string {
  const require = createRequire(path.join(PROJECT_ROOT, 'package.json'))
  return (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
}

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
