/**
 * npm run sources:check [-- --today=YYYY-MM-DD] [--timeout=15000]
 *
 * Asks every address the pages cite whether it still answers (lib/content-check/source-links.ts):
 * one request at a time per host, with a timeout and a user agent that says who asks. Prints a
 * report of each source that is gone, moved, redirects to another site or does not answer, and of
 * each not read in the last year, by page and source. In GitHub Actions it also writes the report
 * as the run's summary. Exits with 1 when a source needs a look, so the weekly run shows it.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { getAllPages, toIsoDate } from '@/lib/content'
import { checkSourceLinks, DEFAULT_TIMEOUT_MS, needsAttention, sourcesReport, type CitedSource } from '@/lib/content-check/source-links'

const { values } = parseArgs({
  options: {
    today: { type: 'string', default: toIsoDate(new Date()) },
    timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_MS) },
  },
})

const cited: CitedSource[] = getAllPages().flatMap((page) => (page.frontmatter.sources ?? []).map((source) => ({ file: `content/${page.file}`, source })))
const results = await checkSourceLinks(cited, { today: values.today!, timeoutMs: Number(values.timeout) })
const report = sourcesReport(results, values.today!)
console.log(report)
if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${report}\n`)
process.exit(results.some(needsAttention) ? 1 : 0)
