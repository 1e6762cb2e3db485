/** The benchmark's steps: the builds it times and the Lighthouse runs. */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { baselineAppFiles } from '@/bench/baseline'
import { lhciConfig, readLhciReports, type LighthouseResult } from '@/bench/lighthouse'
import { makeTempDir, progress, tempDirs, timedRun } from '@/bench/processes'
import { CHROME_FLAGS, CHROMIUM, PROJECT_ROOT, RUNS_PER_PAGE } from '@/bench/settings'
import { copyProjectForBuild, SYNTHETIC_PREFIX, writeSyntheticPages } from '@/bench/synthetic-content'
import { toIsoDate } from '@/lib/content'

/** The project's own build, from cold: `npm run build` with the .next cache removed. */
export async function buildSite(): Promise<number> {
  fs.rmSync(path.join(PROJECT_ROOT, '.next'), { recursive: true, force: true })
  return timedRun('npm', ['run', 'build', '--silent'], PROJECT_ROOT)
}

/** The empty app, in a temporary folder linked to this project's node_modules. Returns the folder; the page is in its out/. */
export async function buildBaseline(): Promise<string> {
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
export async function timeSyntheticBuild(extra: number, factName: string): Promise<number> {
  const dir = makeTempDir(`site-${extra}`)
  copyProjectForBuild(PROJECT_ROOT, dir)
  writeSyntheticPages(path.join(dir, 'content', 'en'), extra, factName, toIsoDate(new Date()))
  try {
    const seconds = await timedRun('npm', ['run', 'build', '--silent'], dir)
    const built = fs.readdirSync(path.join(dir, 'out')).filter((name) => name.startsWith(SYNTHETIC_PREFIX) && name.endsWith('.html'))
    if (built.length !== extra) {
      throw new Error(`Expected ${extra} made-up pages in out/, found ${built.length}: the site no longer builds the pages of content/en/ as routes.`)
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
export async function runLighthouse(urls: string[]): Promise<{ byUrl: Map<string, LighthouseResult>; lighthouseVersion?: string; failure?: string }> {
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

export function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr; only the version matters.
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    throw new Error(`Chromium is needed at ${CHROMIUM} (or set CHROME_PATH). On Debian or Ubuntu: apt-get install chromium.`)
  }
}

export function packageVersion(name: string): string {
  const require = createRequire(path.join(PROJECT_ROOT, 'package.json'))
  return (JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
}
