/** The benchmark's settings: how many runs, which browser, where results go, which ports. */
import path from 'node:path'

export const PROJECT_ROOT = process.cwd()
export const QUICK = process.argv.includes('--quick')
export const RUNS_PER_PAGE = QUICK ? 1 : 3
/**
 * Extra pages for the build-time table. 10 extra pages were dropped to fit the run in 15 minutes:
 * their cost (about a second) is far inside the noise of a cold build on a shared machine (in one
 * run, 22 pages took 108 s and 112 pages 68 s), so they showed nothing 100 and 500 do not.
 */
export const SYNTHETIC_PAGE_COUNTS = QUICK ? [] : [100, 500]
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium'
/** Sandbox off for root in CI, and nothing that calls home on a closed network. */
export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
export const RESULTS_DIR = QUICK ? path.join(PROJECT_ROOT, 'bench', 'tmp') : path.join(PROJECT_ROOT, 'bench')
/**
 * 108 Lighthouse runs (a fresh Chromium each: 15 routes, each as built and with its stylesheet
 * linked; on two, also with only the stylesheet linked and as the floor; the two references; 3
 * times each) and four cold builds: about 25 minutes on a quiet 2-core machine.
 */
export const TIME_LIMIT_SECONDS = 25 * 60
/**
 * The floor and the copy with only the stylesheet linked are measured by Lighthouse on two routes
 * (the home page and the heaviest other one), their bytes on every route. The floor's pages are the
 * site's own pages less any script, and the site has none, so each is byte for byte the site's page
 * (the report says whether that held); the stylesheet-only copy splits the difference to the
 * design it replaces between the stylesheet and the icon.
 */
export const FLOOR_LIGHTHOUSE_ROUTES = 2
/** "4351-4399": the ports the bench's servers may take. Unset: any free port the system gives. */
export const PORT_RANGE = parsePortRange(process.env.BENCH_PORTS)

export function parsePortRange(value: string | undefined): { first: number; last: number } | undefined {
  if (!value) return undefined
  const match = /^(\d+)-(\d+)$/.exec(value.trim())
  const first = Number(match?.[1])
  const last = Number(match?.[2])
  if (!match || first < 1024 || last > 65535 || first > last) {
    throw new Error(`BENCH_PORTS must be a range of ports like 4351-4399, not "${value}".`)
  }
  return { first, last }
}
