// @ts-check
/**
 * Runs Lighthouse (Node API) with one Chromium for a list of pages, for bench/run.ts.
 *
 * Plain JavaScript run by plain node on purpose: under tsx, Lighthouse's functions that run
 * inside the page are rewritten with an `__name(...)` helper that exists only in Node, and every
 * run fails with "__name is not defined". So run.ts starts this file with node and reads its
 * output: one JSON object per line, `{type: "chrome", pid}`, then `{type: "result", target, run,
 * attempts, lhr}` per run (the report without the parts the benchmark does not read), then `{type: "done"}`.
 *
 * Input: one JSON argument {targets: string[], runs: number, categories: string[], chromePath: string, chromeFlags: string[]}.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

/** @type {{targets: string[], runs: number, categories: string[], chromePath: string, chromeFlags: string[]}} */
const input = JSON.parse(process.argv[2] ?? '{}')

/** @param {unknown} message */
function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`)
}

/** Only the audit details the benchmark reads are kept, so each line stays small. */
const DETAILS_KEPT = new Set(['network-requests'])

/** @param {import('lighthouse').Result} lhr */
function slim(lhr) {
  const audits = Object.fromEntries(
    Object.entries(lhr.audits).map(([id, audit]) => [id, DETAILS_KEPT.has(id) ? audit : { ...audit, details: undefined }]),
  )
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    requestedUrl: lhr.requestedUrl,
    finalDisplayedUrl: lhr.finalDisplayedUrl,
    runtimeError: lhr.runtimeError,
    runWarnings: lhr.runWarnings,
    environment: lhr.environment,
    categories: lhr.categories,
    audits,
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: input.chromePath,
  chromeFlags: input.chromeFlags,
  logLevel: 'error',
  handleSIGINT: false,
})
send({ type: 'chrome', pid: chrome.pid })

let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  try {
    await chrome.kill()
  } finally {
    process.exit(code)
  }
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => void stop(1))
// If run.ts goes away, so does this.
process.stdin.on('end', () => void stop(1))
process.stdin.resume()

/** @type {import('lighthouse').Flags} */
const flags = {
  port: chrome.port,
  output: 'json',
  logLevel: 'error',
  onlyCategories: input.categories,
  // Screenshots are for people reading Lighthouse's HTML report; the benchmark keeps numbers.
  disableFullPageScreenshot: true,
  skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
}

/**
 * One Lighthouse run, tried again when Lighthouse itself fails to record the page (on a busy
 * machine it sometimes loses the trace: NO_NAVSTART, NO_FCP). The report says how many tries.
 * @param {string} url
 */
async function measure(url) {
  const tries = 3
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, flags)
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`)
    if (!result.lhr.runtimeError || attempt === tries) return { attempts: attempt, lhr: slim(result.lhr) }
  }
}

try {
  // Round-robin, so a burst of load from other work on the machine spreads over the pages.
  for (let run = 1; run <= input.runs; run++) {
    for (let target = 0; target < input.targets.length; target++) {
      send({ type: 'result', target, run, ...(await measure(input.targets[target])) })
    }
  }
  send({ type: 'done' })
  await stop(0)
} catch (error) {
  send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) })
  await stop(1)
}
