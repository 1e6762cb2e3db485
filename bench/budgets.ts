/**
 * The performance budgets of the site, and the checks that say which one a page misses.
 *
 * Byte and font budgets are exact, so a test checks them on every build (tests/e2e/budgets.spec.ts).
 * Lighthouse scores are noisy on a shared machine, so only the benchmark reports on them.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { CategoryId, LighthouseSummary } from '@/bench/lighthouse'
import { htmlFileForRoute, type ByteCount, type PageWeight } from '@/bench/page-weight'

/** Budgets count in KiB: 1 KB here is 1024 bytes. */
export const KB = 1024

export const BUDGETS = {
  /** Lowest Lighthouse score (0 to 100) allowed per category, mobile preset. */
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } satisfies Record<CategoryId, number>,
  /** Nothing moves once shown. */
  maxCumulativeLayoutShift: 0,
  /** JavaScript beyond what an empty Next.js page already downloads. */
  maxJsOverBaselineBytes: 5 * KB,
  maxCssBytes: 15 * KB,
  maxHtmlBytes: 30 * KB,
} as const

export interface BudgetMiss {
  /** Short name of the budget, like "js" or "accessibility". */
  budget: string
  /** What was measured against what was allowed, and what caused it where known. */
  detail: string
}

export function formatBytes(bytes: number): string {
  return bytes < KB ? `${bytes} B` : `${(bytes / KB).toFixed(1)} KB`
}

export function byteBudgetMisses(weight: ByteCount, baselineJsBytes: number): BudgetMiss[] {
  const misses: BudgetMiss[] = []
  const jsOver = weight.js - baselineJsBytes
  if (jsOver > BUDGETS.maxJsOverBaselineBytes) {
    misses.push({
      budget: 'js',
      detail: `JavaScript is ${formatBytes(weight.js)} gzip, ${formatBytes(jsOver)} more than the empty Next.js page (${formatBytes(baselineJsBytes)}); the budget is ${formatBytes(BUDGETS.maxJsOverBaselineBytes)} more.`,
    })
  }
  if (weight.css > BUDGETS.maxCssBytes) {
    misses.push({ budget: 'css', detail: `CSS is ${formatBytes(weight.css)} gzip; the budget is ${formatBytes(BUDGETS.maxCssBytes)}.` })
  }
  if (weight.html > BUDGETS.maxHtmlBytes) {
    misses.push({ budget: 'html', detail: `HTML is ${formatBytes(weight.html)} gzip; the budget is ${formatBytes(BUDGETS.maxHtmlBytes)}.` })
  }
  return misses
}

export function lighthouseBudgetMisses(summary: LighthouseSummary): BudgetMiss[] {
  const misses: BudgetMiss[] = []
  for (const [category, minimum] of Object.entries(BUDGETS.lighthouse) as [CategoryId, number][]) {
    const score = summary.scores[category]
    if (score === null || score < minimum) {
      const causes = summary.failingAudits[category].map((audit) => `${audit.id} (${audit.score})`).join(', ')
      misses.push({
        budget: category,
        detail: `Lighthouse ${category} is ${score ?? 'not scored'}; the budget is ${minimum}.${causes ? ` Audits that did not pass: ${causes}.` : ''}`,
      })
    }
  }
  const cls = summary.metrics.cumulativeLayoutShift
  if (cls === null || cls > BUDGETS.maxCumulativeLayoutShift) {
    misses.push({ budget: 'cls', detail: `Cumulative layout shift is ${cls ?? 'not measured'}; the budget is ${BUDGETS.maxCumulativeLayoutShift}.` })
  }
  return misses
}

const FONT_FACE = /@font-face\s*\{([^}]*)\}/gi
/** Values that show text in a fallback font at once, instead of hiding it while the font loads. */
const NON_BLOCKING_FONT_DISPLAY = /font-display\s*:\s*(swap|optional|fallback)\b/i

/** Each @font-face rule that would hide text while its font downloads. */
export function blockingFontFaces(css: string): string[] {
  const blocking: string[] = []
  for (const match of css.matchAll(FONT_FACE)) {
    if (!NON_BLOCKING_FONT_DISPLAY.test(match[1])) {
      const family = /font-family\s*:\s*([^;]+)/i.exec(match[1])?.[1].trim() ?? 'a font'
      blocking.push(family)
    }
  }
  return blocking
}

/** Fonts on this page that hide text while downloading (no font-display of swap, optional or fallback). */
export function fontBudgetMisses(outDir: string, weight: PageWeight): BudgetMiss[] {
  // Styles inlined in the HTML count as much as stylesheets.
  const sheets = [
    { where: 'the HTML', text: fs.readFileSync(htmlFileForRoute(outDir, weight.route), 'utf8') },
    ...weight.resources
      .filter((resource) => resource.kind === 'css')
      .map((resource) => ({ where: resource.url, text: fs.readFileSync(path.join(outDir, resource.url), 'utf8') })),
  ]
  return sheets.flatMap(({ where, text }) =>
    blockingFontFaces(text).map((family) => ({
      budget: 'font',
      detail: `${where} loads ${family} without font-display: swap (or optional), so text stays hidden while it downloads.`,
    })),
  )
}

export interface BuildTiming {
  /** What was built, like "site content" or "+100 synthetic pages". */
  label: string
  /** Content pages in that build. */
  pages: number
  seconds: number
}

export function secondsPerPage(timing: BuildTiming): number {
  return timing.seconds / timing.pages
}

/**
 * Build time should grow no faster than the number of pages: seconds per page must not rise as
 * pages are added. (A fixed start-up cost makes it fall; a cost that grows faster than the page
 * count makes it rise.)
 */
export function buildTimeMisses(timings: readonly BuildTiming[]): BudgetMiss[] {
  const sorted = [...timings].sort((a, b) => a.pages - b.pages)
  const misses: BudgetMiss[] = []
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]
    const after = sorted[i]
    if (secondsPerPage(after) > secondsPerPage(before)) {
      misses.push({
        budget: 'build-time',
        detail: `Seconds per page rose from ${secondsPerPage(before).toFixed(2)} (${before.pages} pages) to ${secondsPerPage(after).toFixed(2)} (${after.pages} pages): build time grows faster than the page count.`,
      })
    }
  }
  return misses
}
