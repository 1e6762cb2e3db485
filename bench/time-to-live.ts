/**
 * npm run bench:time-to-live [-- --runs 3] [-- --only-site]
 *
 * Time to live: from Publish to the new page served, the content check and the build included,
 * with the site's content and with 500 made-up pages. For each: a bare repository made from this
 * project's last commit as the remote, the editor's clone on `drafts`, a first publish (cold, its
 * time reported apart), the site's own server serving SITE_ROOT/current; then, each run, a new
 * page saved on `drafts`, lib/publishing's publish, and requests to the new page's address until it
 * answers 200. Writes bench/time-to-live.json and prints a table. BENCH_PORTS picks the port.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cleanup, freePort, progress } from '@/bench/processes'
import { PROJECT_ROOT, RESULTS_DIR } from '@/bench/settings'
import { syntheticPage, syntheticRoute, writeSyntheticPages } from '@/bench/synthetic-content'
import type { ServeConfig } from '@/lib/build/host-config'
import { factNames } from '@/lib/facts'
import { publish, type PublishSettings } from '@/lib/publishing/publish'
import { currentLink } from '@/lib/publishing/releases'
import { createSiteServer } from '@/lib/servers/static-server'

const argument = (name: string) => process.argv[process.argv.indexOf(name) + 1]
const RUNS = process.argv.includes('--runs') ? Number(argument('--runs')) : 3
const VARIANTS = process.argv.includes('--only-site') ? [0] : [0, 500]
const publisher = { name: 'Benchmark', email: 'bench@localhost' }
const today = new Date().toISOString().slice(0, 10)
const factName = factNames.includes('iop.weeks') ? 'iop.weeks' : factNames[0]

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@localhost', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@localhost' } }).trim()

interface VariantResult {
  extraPages: number
  firstPublishSeconds: number
  runsSeconds: number[]
  medianSeconds: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Requests `url` until it answers 200; the seconds since `start`. */
async function servedAfter(url: string, start: number): Promise<number> {
  for (;;) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.status === 200) return (performance.now() - start) / 1000
    if (performance.now() - start > 15 * 60_000) throw new Error(`${url} was not served within 15 minutes.`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function measure(extra: number, root: string): Promise<VariantResult> {
  const remote = path.join(root, 'remote.git')
  execFileSync('git', ['clone', '-q', '--bare', PROJECT_ROOT, remote])
  git(remote, 'branch', '-f', 'main', git(PROJECT_ROOT, 'rev-parse', 'HEAD'))
  const repo = path.join(root, 'editor')
  execFileSync('git', ['clone', '-q', '--branch', 'main', remote, repo])
  git(repo, 'checkout', '-q', '-b', 'drafts')
  if (extra > 0) {
    writeSyntheticPages(path.join(repo, 'content', 'en'), extra, factName, today)
    git(repo, 'add', 'content')
    git(repo, 'commit', '-q', '-m', `${extra} made-up pages`)
  }
  const settings: PublishSettings = { repo, siteRoot: path.join(root, 'site'), remote: 'origin', appDir: PROJECT_ROOT }
  progress(`${extra} extra pages: first publish (cold build)...`)
  const coldStart = performance.now()
  await publish(settings, publisher)
  const firstPublishSeconds = (performance.now() - coldStart) / 1000

  const config = JSON.parse(fs.readFileSync(path.join(settings.siteRoot, 'workspace', 'deploy', 'serve.json'), 'utf8')) as ServeConfig
  const server = createSiteServer({ outDir: currentLink(settings.siteRoot), config })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, resolve))
  cleanup.add(`the time-to-live server (port ${port})`, () => {
    server.closeAllConnections()
    return new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const runsSeconds: number[] = []
  for (let run = 1; run <= RUNS; run++) {
    const index = 9000 + run
    const page = syntheticPage(index, factName, today)
    fs.writeFileSync(path.join(repo, 'content', 'en', page.file), page.source)
    git(repo, 'add', 'content')
    git(repo, 'commit', '-q', '-m', `Add ${syntheticRoute(index)}`)
    const url = `http://localhost:${port}${syntheticRoute(index)}`
    if ((await fetch(url)).status === 200) throw new Error(`${url} is served before it is published.`)
    const start = performance.now()
    await publish(settings, publisher)
    const seconds = await servedAfter(url, start)
    runsSeconds.push(seconds)
    progress(`${extra} extra pages, run ${run}: ${seconds.toFixed(1)} s from Publish to ${syntheticRoute(index)} served`)
  }
  return { extraPages: extra, firstPublishSeconds, runsSeconds, medianSeconds: median(runsSeconds) }
}

async function main() {
  const load = os.loadavg()
  const results: VariantResult[] = []
  for (const extra of VARIANTS) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), `time-to-live-${extra}-`))
    cleanup.add(`the folder ${root}`, () => fs.rmSync(root, { recursive: true, force: true }))
    results.push(await measure(extra, root))
  }
  const report = { measuredAt: new Date().toISOString(), cpus: os.cpus().length, loadAverageAtStart: load, runs: RUNS, results }
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(RESULTS_DIR, 'time-to-live.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log('\n| pages | first publish (cold) | time to live, median | runs |\n| --- | --- | --- | --- |')
  for (const r of results) {
    console.log(`| site${r.extraPages ? ` + ${r.extraPages} made-up` : ''} | ${r.firstPublishSeconds.toFixed(1)} s | ${r.medianSeconds.toFixed(1)} s | ${r.runsSeconds.map((s) => s.toFixed(1)).join(', ')} |`)
  }
  console.log(`Load average at start: ${load.map((n) => n.toFixed(2)).join(' ')} on ${os.cpus().length} cores.`)
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
  .finally(() => cleanup.run())
