/**
 * npm run bench [-- --quick]
 *
 * How close each page comes to the floor Next.js itself sets, on a phone-like Lighthouse run:
 *  1. builds the site (cold) and an empty Next.js page with the same versions (the baseline);
 *  2. counts the bytes and requests of a first visit to every route, and to the baseline;
 *  3. serves both on loopback and runs Lighthouse (mobile, simulated throttling) on each;
 *  4. times cold builds with 100 and 500 extra made-up pages;
 *  5. writes bench/results.md, bench/results.json and bench/baseline.json, and prints the table.
 *
 * --quick: one Lighthouse run on two routes, no extra builds; results go to bench/tmp/ so the
 * committed results are not replaced by a development run. Needs no network.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import type { Result } from 'lighthouse'
import { baselineAppFiles, BASELINE_FILE, installedFrameworkVersions, writeBaseline } from '@/bench/baseline'
import { buildTimeMisses, byteBudgetMisses, fontBudgetMisses, lighthouseBudgetMisses, type BuildTiming } from '@/bench/budgets'
import { createCleanup } from '@/bench/cleanup'
import {
  CATEGORIES,
  crossCheck,
  crossCheckAgrees,
  medianRun,
  networkRequests,
  summarizeReport,
  type LighthouseSummary,
  type ObservedRequest,
} from '@/bench/lighthouse'
import { measurePage, withoutResources, type PageWeight } from '@/bench/page-weight'
import { pagesTable, resultsMarkdown, type BenchResults, type MeasuredPage } from '@/bench/report'
import { productionHeaders, startStaticServer } from '@/bench/static-server'
import { copyProjectForBuild, SYNTHETIC_PREFIX, writeSyntheticPages } from '@/bench/synthetic-content'
import { getAllPages, toIsoDate } from '@/lib/content'
import { factNames } from '@/lib/program-facts'

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
/** Headless, sandbox off for root in CI, and nothing that calls home on a closed network. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const RESULTS_DIR = QUICK ? path.join(PROJECT_ROOT, 'bench', 'tmp') : path.join(PROJECT_ROOT, 'bench')
const TIME_LIMIT_SECONDS = 15 * 60

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
// On a hard exit only synchronous work runs, so temp folders and build process groups are also
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

/**
 * Runs a command in its own process group (so a build's workers can be stopped with it) and
 * returns how long it took. On failure, shows the end of its output.
 */
function timedRun(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint()
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    const pid = child.pid
    if (pid === undefined) {
      reject(new Error(`Could not start ${command}.`))
      return
    }
    childGroups.add(pid)
    const stopChild = cleanup.add(`${command} ${args.join(' ')} (process group ${pid})`, () => killGroup(pid))
    let output = ''
    const keep = (chunk: Buffer) => {
      const text = chunk.toString()
      output = (output + text).slice(-20_000)
      // Next's own milestones ("✓ Compiled successfully in 41s"), so a long build shows it is moving.
      for (const line of text.split('\n')) if (/^\s*✓ /.test(line)) progress(`  ${line.trim()}`)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      childGroups.delete(pid)
      void stopChild()
      const seconds = Number(process.hrtime.bigint() - began) / 1e9
      if (code === 0) resolve(seconds)
      else {
        const tail = output.trim().split('\n').slice(-40).join('\n')
        reject(new Error(`${command} ${args.join(' ')} in ${cwd} failed (${signal ?? `exit code ${code}`}):\n${tail}`))
      }
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

/** The project's own build, from cold: `npm run build` with the .next cache removed. */
async function buildSite(): Promise<number> {
  fs.rmSync(path.join(PROJECT_ROOT, '.next'), { recursive: true, force: true })
  return timedRun('npm', ['run', 'build', '--silent'], PROJECT_ROOT)
}

/** The empty app, in a temporary folder, linked to this project's node_modules. */
async function buildBaseline(): Promise<string> {
  const dir = makeTempDir('baseline')
  for (const [file, text] of Object.entries(baselineAppFiles(PROJECT_ROOT))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  await timedRun(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], dir)
  return path.join(dir, 'out')
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

interface LighthouseTarget {
  label: string
  url: string
  runs: LighthouseSummary[]
  requests: ObservedRequest[][]
  /** Runs Lighthouse could not complete even when tried again, with its reason. */
  failures: string[]
}

/**
 * Lighthouse runs in a plain node process (see bench/lighthouse-runner.mjs for why), which
 * reports each run as a line of JSON.
 */
async function runLighthouse(targets: LighthouseTarget[]): Promise<void> {
  const input = {
    targets: targets.map((target) => target.url),
    runs: RUNS_PER_PAGE,
    categories: CATEGORIES,
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
  }
  const runner = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bench', 'lighthouse-runner.mjs'), JSON.stringify(input)], {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  })
  const runnerPid = runner.pid
  if (runnerPid === undefined) throw new Error('Could not start the Lighthouse runner.')
  childGroups.add(runnerPid)
  let chromePid: number | undefined
  const stopRunner = cleanup.add(`the Lighthouse runner (pid ${runnerPid}) and its Chromium`, () => {
    killGroup(runnerPid)
    if (chromePid !== undefined) killGroup(chromePid)
  })

  let errorOutput = ''
  runner.stderr.on('data', (chunk: Buffer) => {
    errorOutput = (errorOutput + chunk.toString()).slice(-10_000)
  })
  const total = targets.length * RUNS_PER_PAGE
  let done = 0
  let finished = false
  let failure: string | undefined
  try {
    for await (const line of readline.createInterface({ input: runner.stdout, crlfDelay: Infinity })) {
      if (!line.startsWith('{')) continue
      const message = JSON.parse(line) as
        | { type: 'chrome'; pid: number }
        | { type: 'result'; target: number; run: number; attempts: number; lhr: Result }
        | { type: 'error'; message: string }
        | { type: 'done' }
      if (message.type === 'chrome') {
        chromePid = message.pid
        childGroups.add(message.pid)
      } else if (message.type === 'error') {
        failure = message.message
      } else if (message.type === 'done') {
        finished = true
      } else {
        const target = targets[message.target]
        const { lhr } = message
        const retried = message.attempts > 1 ? ` (${message.attempts} tries)` : ''
        if (lhr.runtimeError) {
          // One lost run should not cost the other forty: it is reported, and the median uses the rest.
          target.failures.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
          done++
          progress(`Lighthouse ${done}/${total}: ${target.label} run ${message.run} FAILED${retried}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
          continue
        }
        const summary = summarizeReport(lhr)
        target.runs.push(summary)
        target.requests.push(networkRequests(lhr))
        done++
        const s = summary.scores
        progress(
          `Lighthouse ${done}/${total}: ${target.label} run ${message.run}: performance ${s.performance}, accessibility ${s.accessibility}, ` +
            `best practices ${s['best-practices']}, SEO ${s.seo}, LCP ${Math.round(summary.metrics.largestContentfulPaintMs ?? 0)} ms, ` +
            `TBT ${Math.round(summary.metrics.totalBlockingTimeMs ?? 0)} ms${retried}`,
        )
      }
    }
  } finally {
    await stopRunner()
    childGroups.delete(runnerPid)
    if (chromePid !== undefined) childGroups.delete(chromePid)
  }
  if (!finished) throw new Error(`Lighthouse stopped early: ${failure ?? errorOutput.trim().split('\n').slice(-20).join('\n')}`)
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

  progress('Building the baseline: an empty Next.js page with the same versions...')
  const baselineOut = await buildBaseline()
  progress('Baseline built.')

  const outDir = path.join(PROJECT_ROOT, 'out')
  const weights = new Map<string, PageWeight>(routes.map((route) => [route, measurePage(outDir, route)]))
  const baselineWeight = measurePage(baselineOut, '/')
  writeBaseline({
    note: 'The empty Next.js page that the JavaScript budget is measured against. Written by npm run bench; do not edit by hand.',
    versions,
    measuredAt: new Date().toISOString(),
    page: withoutResources(baselineWeight),
  })
  progress(`Bytes counted (baseline JS ${baselineWeight.js} B gzip); wrote ${BASELINE_FILE}.`)

  // Quick runs take the home page and the heaviest other page.
  const lighthouseRoutes = QUICK
    ? ['/', ...routes.filter((route) => route !== '/').sort((a, b) => weights.get(b)!.html - weights.get(a)!.html).slice(0, 1)]
    : routes

  // The site with the headers it is deployed with; the empty page as Next leaves it.
  const site = await startStaticServer(outDir, productionHeaders)
  const stopSite = cleanup.add(`the server for out/ (${site.url})`, () => site.close())
  const baselineServer = await startStaticServer(baselineOut)
  const stopBaseline = cleanup.add(`the server for the baseline (${baselineServer.url})`, () => baselineServer.close())
  progress(`Serving the site on ${site.url} and the baseline on ${baselineServer.url}.`)

  const baselineTarget: LighthouseTarget = { label: 'baseline', url: `${baselineServer.url}/`, runs: [], requests: [], failures: [] }
  const pageTargets = lighthouseRoutes.map(
    (route): LighthouseTarget => ({ label: route, url: `${site.url}${route}`, runs: [], requests: [], failures: [] }),
  )
  await runLighthouse([baselineTarget, ...pageTargets])
  await stopSite()
  await stopBaseline()

  const measured = (target: LighthouseTarget | undefined, weight: PageWeight, misses: MeasuredPage['misses']): MeasuredPage => {
    const median = target && target.runs.length > 0 ? medianRun(target.runs) : undefined
    const lost = (target?.failures ?? []).map((reason) => ({ budget: 'lighthouse', detail: `A Lighthouse run failed after 3 tries: ${reason}` }))
    return {
      route: weight.route,
      bytes: withoutResources(weight),
      lighthouse: median,
      performanceRuns: target?.runs.map((run) => run.scores.performance),
      misses: [...misses, ...(median ? lighthouseBudgetMisses(median) : []), ...lost],
    }
  }
  const pages = routes.map((route) => {
    const weight = weights.get(route)!
    return measured(
      pageTargets.find((target) => target.label === route),
      weight,
      [...byteBudgetMisses(weight, baselineWeight.js), ...fontBudgetMisses(outDir, weight)],
    )
  })
  // The baseline is the reference, not a page of the site: it has no budgets to meet.
  const baseline = { ...measured(baselineTarget, baselineWeight, []), misses: [] }

  // Check the byte count once against what the browser really fetched.
  const home = pageTargets[0]
  const check =
    home.runs.length > 0 ? crossCheck(weights.get(home.label)!, home.requests[home.runs.indexOf(medianRun(home.runs))], home.url) : undefined

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
    versions: { ...versions, lighthouse: packageVersion('lighthouse'), chromium },
    lighthouse: {
      runsPerPage: RUNS_PER_PAGE,
      preset: 'mobile preset with simulated throttling (Lighthouse defaults)',
      routesRun: lighthouseRoutes.length,
      routesTotal: routes.length,
    },
    baseline: { ...baseline, route: 'empty Next.js page' },
    pages,
    builds,
    buildMisses: [
      ...buildTimeMisses(builds),
      ...buildFailures.map((detail) => ({ budget: 'build', detail })),
    ],
    crossCheck: check && { route: home.label, agrees: crossCheckAgrees(check), details: check },
    durationSeconds,
  }

  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(RESULTS_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  fs.writeFileSync(path.join(RESULTS_DIR, 'results.md'), resultsMarkdown(results))

  console.log(`\n${pagesTable(results)}\n`)
  const missed = pages.filter((page) => page.misses.length > 0)
  if (missed.length === 0 && results.buildMisses.length === 0) console.log('Every budget met.')
  for (const page of missed) for (const miss of page.misses) console.log(`BUDGET MISSED  ${page.route}  ${miss.budget}: ${miss.detail}`)
  for (const miss of results.buildMisses) console.log(`BUDGET MISSED  ${miss.budget}: ${miss.detail}`)
  if (results.crossCheck) {
    console.log(`\nByte count ${results.crossCheck.agrees ? 'agrees' : 'DOES NOT agree'} with Lighthouse's network requests on ${home.label}.`)
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
