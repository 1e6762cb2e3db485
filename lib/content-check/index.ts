/**
 * The content check: reads every page under content/ through the same loader and MDX compiler the
 * site uses, runs each check (one module each, in this folder), and reports every problem at once,
 * each with its file, line, what is wrong and what to do, in words staff who are not developers
 * can act on.
 *
 * `npm run content:check` prints the report (scripts/content-check.ts); `npm run build` runs it
 * first, so nothing it rejects can ship. The date is a parameter, so tests never depend on today.
 */
import fs from 'node:fs'
import path from 'node:path'
import { CONTENT_DIR, type ContentProblem } from '@/lib/content'
import { FACTS_FILE, facts } from '@/lib/facts'
import { localeOfRoute } from '@/lib/base/addresses'
import { readingGradeLimitFor, spanishReadabilityMinimumFor } from '@/lib/base/content-rules'
import { PUBLIC_DIR, publicFileProblems } from '@/lib/build/public-files'
import { checkAllowList } from '@/lib/content-check/allow-list'
import { checkCitations } from '@/lib/content-check/citations'
import { checkClinicalReview } from '@/lib/content-check/clinical-review'
import { checkComponents } from '@/lib/content-check/components'
import { checkEditorSafe } from '@/lib/content-check/editor-safe'
import { checkFaqAnswers } from '@/lib/content-check/faq-answers'
import { checkHeadings } from '@/lib/content-check/headings'
import { checkImages } from '@/lib/content-check/images'
import { checkLinks } from '@/lib/content-check/links'
import { readPages } from '@/lib/content-check/read'
import { checkReadingGrade, readingGrade } from '@/lib/content-check/reading-grade'
import { checkCrisisLineRechecks } from '@/lib/content-check/recheck-dates'
import { checkRequiredPages } from '@/lib/content-check/required-pages'
import { checkReviewDates } from '@/lib/content-check/review-dates'
import { checkSources } from '@/lib/content-check/sources'
import { checkSpanishReadability, spanishReadability } from '@/lib/content-check/spanish-readability'
import { checkTranslations, type TranslationState } from '@/lib/content-check/translations'
import { checkTypedPhones } from '@/lib/content-check/typed-phones'
import type { CheckContext, PageCheck } from '@/lib/content-check/types'
import { checkWords } from '@/lib/content-check/words'

export { readingGrade }

export interface CheckOptions {
  /** The folder of pages; content/ unless a test points elsewhere. */
  dir?: string
  /** Files that pages may link to or show, like images. */
  publicDir?: string
  /** Today's date as YYYY-MM-DD, for review dates. */
  today: string
  /** Treat warnings as errors. */
  strict?: boolean
}

export interface PageGrade {
  file: string
  grade: number
  /** The page's limit (lib/base/content-rules.ts). */
  limit: number
}

export interface SpanishScore {
  file: string
  /** Fernández-Huerta, corrected: higher is easier. */
  score: number
  /** The page's minimum (lib/base/content-rules.ts). */
  minimum: number
}

export interface CheckReport {
  files: number
  problems: ContentProblem[]
  /** The English pages' reading grades. */
  grades: PageGrade[]
  /** The Spanish pages' readability scores. */
  spanishScores: SpanishScore[]
  /** Each Spanish page: whether its English page changed since, and whether it was reviewed. */
  translations: TranslationState[]
}

/** The checks of a page whose MDX could be read, in the order their problems are listed. */
const PAGE_CHECKS: PageCheck[] = [checkHeadings, checkAllowList, checkComponents, checkEditorSafe, checkCitations, checkLinks, checkImages, checkTypedPhones, checkWords]

export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const dir = options.dir ?? CONTENT_DIR
  const displayDir = path.relative(process.cwd(), dir) || '.'
  const { pages, problems } = await readPages(dir, displayDir)
  const context: CheckContext = {
    today: options.today,
    publicDir: options.publicDir ?? PUBLIC_DIR,
    byRoute: new Map(pages.map((p) => [p.route, p])),
  }

  const grades: PageGrade[] = []
  const spanishScores: SpanishScore[] = []
  for (const entry of pages) {
    const findings = [...checkReviewDates(entry, context), ...checkSources(entry, context), ...checkClinicalReview(entry), ...checkFaqAnswers(entry)]
    if (entry.tree) {
      const readable = { ...entry, tree: entry.tree }
      for (const check of PAGE_CHECKS) findings.push(...check(readable, context))
      if (localeOfRoute(entry.route) === 'es') {
        const score = spanishReadability(entry.tree)
        const minimum = spanishReadabilityMinimumFor(entry.route)
        spanishScores.push({ file: entry.shownFile, score, minimum })
        findings.push(...checkSpanishReadability(score, minimum))
      } else {
        const grade = readingGrade(entry.tree)
        const limit = readingGradeLimitFor(entry.route)
        grades.push({ file: entry.shownFile, grade, limit })
        findings.push(...checkReadingGrade(grade, limit))
      }
    }
    problems.push(...findings.map((finding) => ({ ...finding, file: entry.shownFile })))
  }
  problems.push(...checkRequiredPages(context, displayDir))
  problems.push(...factRechecks(options.today))
  const translations = checkTranslations(context, displayDir)
  problems.push(...translations.problems)
  problems.push(...publicFileProblems(context.publicDir).map((p): ContentProblem => ({ ...p, severity: 'error' })))

  // --strict turns warnings into errors, except those that must never stop the build.
  const final = options.strict ? problems.map((p) => (p.staysWarning ? p : { ...p, severity: 'error' as const })) : problems
  return { files: pages.length, problems: sortProblems(final), grades, spanishScores, translations: translations.states }
}

/** The facts' recheck dates (a helpline's facts, for now), reported against the facts file. */
function factRechecks(today: string): ContentProblem[] {
  const file = path.join(process.cwd(), FACTS_FILE)
  if (!fs.existsSync(file)) return []
  return checkCrisisLineRechecks(facts.crisisLines, fs.readFileSync(file, 'utf8'), today).map((finding) => ({ ...finding, file: FACTS_FILE }))
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
