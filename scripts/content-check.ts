/**
 * npm run content:check [-- --strict] [--today=YYYY-MM-DD] [--dir=path]
 *
 * Checks every page under content/ and prints each problem with its file, line, what is wrong and
 * what to do. Exits with 1 when there is an error (or, with --strict, a warning), so the build
 * stops before a broken page can reach the public site.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkContent } from '@/lib/content-check'
import { formatProblem, toIsoDate } from '@/lib/content'
import { READING_GRADE_LIMIT } from '@/lib/content-rules'

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    today: { type: 'string', default: toIsoDate(new Date()) },
    dir: { type: 'string' },
  },
})

const report = await checkContent({
  dir: values.dir ? path.resolve(values.dir) : undefined,
  today: values.today!,
  strict: values.strict,
})

const errors = report.problems.filter((p) => p.severity === 'error')
const warnings = report.problems.filter((p) => p.severity === 'warning')

console.log(`Content check: ${report.files} pages, today is ${values.today}, reading grade limit ${READING_GRADE_LIMIT} (lower for some pages)${values.strict ? ', strict' : ''}\n`)
for (const problem of report.problems) console.log(`${formatProblem(problem)}\n`)

console.log('Reading grade (Flesch-Kincaid) of each page:')
for (const { file, grade, limit } of report.grades) console.log(`  ${grade.toFixed(1).padStart(5)}  (limit ${limit})  ${file}`)

const summary = `${errors.length} error(s), ${warnings.length} warning(s)`
if (errors.length > 0) {
  console.log(`\n${summary}. Fix the errors above, then run the check again. CONTENT.md explains each kind.`)
  process.exit(1)
}
console.log(`\n${summary}. The content is ready to publish.`)
