/**
 * The performance budgets of the site, set once here and read by both checks:
 *  - `npm run bench` checks every budget on every route (bench/run.ts);
 *  - `npm test` checks the byte and request budgets on every build (tests/e2e/budgets.spec.ts),
 *    because byte counts are exact, and the requests before the first paint in a real browser. Lighthouse scores and layout shift vary with the machine,
 *    so only the benchmark reports them.
 */
import type { CategoryId, LighthouseSummary } from '@/bench/lighthouse'
import type { PageWeight } from '@/bench/page-weight'

/** Budgets count in KiB: 1 KB here is 1024 bytes. */
export const KB = 1024

export const BUDGETS = {
  /** Lowest Lighthouse score (0 to 100) allowed per category, mobile preset. */
  lighthouse: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } satisfies Record<CategoryId, number>,
  /** Nothing moves once shown. */
  maxCumulativeLayoutShift: 0,
  /** The pages run no code: no script file, no inline script (JSON-LD is data, not code). */
  maxJsBytes: 0,
  /**
   * gzip, per page: the HTML together with what it needs before it can paint, its stylesheet
   * (inline, or linked). A new TCP connection starts with a window of 10 segments, about 14.6 KB
   * (RFC 6928), so a page within this arrives in the first round trip. The response headers
   * (about 1 KB here, most of it the policy) share that window, so this leaves a little room.
   */
  maxFirstPaintBytes: 14 * KB,
  /** The page itself, and nothing else before the first paint: no stylesheet file, no blocking script. */
  maxRequestsBeforeFirstPaint: 1,
  /**
   * A first visit, everything: the page, with its stylesheet and icon inside. A web font or an
   * image in the frame would be a second request, so this budget also keeps fonts that hide text
   * while they load away; a picture in a page's content would need this raised, knowingly.
   */
  maxRequests: 1,
  /**
   * Checked by the benchmark only (a timing): the site's LCP at most this share of the same page's
   * with the stylesheet linked, on Lighthouse's slow mobile profile in the same run. The saved
   * round trip is the point of putting the stylesheet in the page; if it stops paying, this says so.
   */
  maxLcpToLinkedStylesheet: 0.85,
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

/** The byte and request budgets a page misses, each naming the files behind it. */
export function byteBudgetMisses(weight: PageWeight): BudgetMiss[] {
  const misses: BudgetMiss[] = []
  const files = (kind: string) =>
    weight.resources
      .filter((resource) => resource.kind === kind)
      .map((resource) => `${resource.url} ${formatBytes(resource.bytes)}`)
      .join(', ')
  const over = (budget: string, measured: number, allowed: number, what: string, listed: string) => {
    if (measured <= allowed) return
    misses.push({ budget, detail: `${what} is ${formatBytes(measured)} gzip; the budget is ${formatBytes(allowed)}.${listed ? ` Files: ${listed}.` : ''}` })
  }
  over('js', weight.js, BUDGETS.maxJsBytes, weight.inlineJs > 0 ? `JavaScript (${formatBytes(weight.inlineJs)} of it inline)` : 'JavaScript', files('js'))
  const blocking = weight.resources.filter((resource) => resource.blocksFirstPaint)
  over(
    'first-paint-bytes',
    weight.firstPaintBytes,
    BUDGETS.maxFirstPaintBytes,
    `The HTML (${formatBytes(weight.html)}, ${formatBytes(weight.css)} of it inline CSS) with what it needs before it can paint`,
    blocking.map((resource) => `${resource.url} ${formatBytes(resource.bytes)}`).join(', '),
  )
  if (weight.requestsBeforeFirstPaint > BUDGETS.maxRequestsBeforeFirstPaint) {
    misses.push({
      budget: 'requests-before-first-paint',
      detail: `The browser makes ${weight.requestsBeforeFirstPaint} requests before it can paint; the budget is ${BUDGETS.maxRequestsBeforeFirstPaint}, the page itself. It waits for: ${blocking.map((resource) => `${resource.url} (${resource.via})`).join(', ')}.`,
    })
  }
  if (weight.requests > BUDGETS.maxRequests) {
    misses.push({
      budget: 'requests',
      detail: `A first visit makes ${weight.requests} requests; the budget is ${BUDGETS.maxRequests} (the page, its stylesheet and icon inside). Besides the page: ${weight.resources.map((resource) => resource.url).join(', ')}.`,
    })
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
