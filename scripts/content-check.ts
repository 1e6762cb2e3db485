/**
 * npm run content:check [-- --strict] [--today=YYYY-MM-DD] [--dir=path]
 *
 * Checks every page under content/ and prints each problem with its file, line, what is wrong and
 * what to do. Exits with 1 when there is an error (or, with --strict, a warning), so the build
 * stops before a broken page can reach the public site. In GitHub Actions (GITHUB_ACTIONS=true)
 * it also prints each problem as an annotation, shown on the changed line of a pull request.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { inGitHubActions, toAnnotation } from '@/lib/content-check/annotations'
import { formatProblem, toIsoDate } from '@/lib/content'
import { READING_GRADE_LIMIT } from '@/lib/base/content-rules'

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    today: { type: 'string', default: toIsoDate(new Date()) },
    dir: { type: 'string' },
  },
})

// The checks read the program facts as they load: a facts file that cannot be read stops here,
// with its own message and no stack trace.
const { checkContent } = await import('@/lib/content-check').catch((error: unknown) => {
  if (error instanceof Error && error.name === 'FactsFileError') {
    console.log(`${error.message}\n\nFix the facts file, then run the check again. CONTENT.md explains each field.`)
    process.exit(1)
  }
  throw error
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
if (inGitHubActions()) for (const problem of report.problems) console.log(toAnnotation(problem))

console.log('Reading grade (Flesch-Kincaid) of each page:')
for (const { file, grade, limit } of report.grades) console.log(`  ${grade.toFixed(1).padStart(5)}  (limit ${limit})  ${file}`)

if (report.spanishScores.length > 0) {
  console.log('\nSpanish readability (Fernández-Huerta, corrected; higher is easier) of each Spanish page:')
  for (const { file, score, minimum } of report.spanishScores) console.log(`  ${score.toFixed(1).padStart(5)}  (minimum ${minimum})  ${file}`)
}
if (report.translations.length > 0) {
  const waiting = report.translations.filter((t) => !t.reviewed)
  const stale = report.translations.filter((t) => t.stale)
  console.log(`\nSpanish pages: ${report.translations.length}; ${stale.length} with a changed English page; ${waiting.length} awaiting a qualified translator's review:`)
  for (const t of report.translations) {
    console.log(`  ${t.file}  ${t.stale ? 'English page changed since' : 'up to date with the English page'}, ${t.reviewed ? 'reviewed by a qualified translator' : "awaiting a qualified translator's review"}`)
  }
}

const summary = `${errors.length} error(s), ${warnings.length} warning(s)`
if (errors.length > 0) {
  console.log(`\n${summary}. Fix the errors above, then run the check again. CONTENT.md explains each kind.`)
  process.exit(1)
}
console.log(`\n${summary}. The content is ready to publish.`)
