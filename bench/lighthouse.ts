/**
 * The few numbers the benchmark keeps from a Lighthouse report, the choice of the median run,
 * and a comparison of what Lighthouse saw on the network with what the byte count expects.
 *
 * Typed structurally (only the fields read here), so tests can hand in small made-up reports and
 * a real `Result` from the lighthouse package fits as it is.
 */
import type { PageWeight } from '@/bench/page-weight'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type CategoryId = (typeof CATEGORIES)[number]

interface AuditLike {
  id: string
  title: string
  score: number | null
  scoreDisplayMode?: string
  numericValue?: number
  details?: unknown
}

export interface LighthouseReportLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>
  audits: Record<string, AuditLike | undefined>
}

export interface FailingAudit {
  id: string
  title: string
  /** 0 to 100. */
  score: number
}

export interface LighthouseSummary {
  /** 0 to 100; null when Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>
  metrics: {
    firstContentfulPaintMs: number | null
    largestContentfulPaintMs: number | null
    totalBlockingTimeMs: number | null
    cumulativeLayoutShift: number | null
    speedIndexMs: number | null
  }
  /** Per category, the scored audits that did not pass, so a missed budget names its cause. */
  failingAudits: Record<CategoryId, FailingAudit[]>
}

function numeric(report: LighthouseReportLike, id: string): number | null {
  const value = report.audits[id]?.numericValue
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

export function summarizeReport(report: LighthouseReportLike): LighthouseSummary {
  const scores = {} as LighthouseSummary['scores']
  const failingAudits = {} as LighthouseSummary['failingAudits']
  for (const id of CATEGORIES) {
    const category = report.categories[id]
    scores[id] = category?.score == null ? null : Math.round(category.score * 100)
    failingAudits[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit): audit is AuditLike => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, title: audit.title, score: Math.round((audit.score ?? 0) * 100) }))
  }
  return {
    scores,
    metrics: {
      firstContentfulPaintMs: numeric(report, 'first-contentful-paint'),
      largestContentfulPaintMs: numeric(report, 'largest-contentful-paint'),
      totalBlockingTimeMs: numeric(report, 'total-blocking-time'),
      cumulativeLayoutShift: numeric(report, 'cumulative-layout-shift'),
      speedIndexMs: numeric(report, 'speed-index'),
    },
    failingAudits,
  }
}

/**
 * The run with the median performance score (the lower middle for an even count). Keeping one
 * whole run, rather than the median of each number, keeps numbers that belong together.
 */
export function medianRun<T extends { scores: { performance: number | null } }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('No Lighthouse runs to take the median of.')
  const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1))
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

// ---------------------------------------------------------------------------------------------
// Cross-check: what Lighthouse saw on the network against what the byte count expects
// ---------------------------------------------------------------------------------------------

export interface ObservedRequest {
  url: string
  resourceType?: string
  statusCode?: number
  transferSize?: number
  resourceSize?: number
}

export function networkRequests(report: LighthouseReportLike): ObservedRequest[] {
  const details = report.audits['network-requests']?.details as { items?: ObservedRequest[] } | undefined
  return details?.items ?? []
}

export interface CrossCheck {
  /** Paths both counted and seen. */
  matched: string[]
  /** Counted from the HTML, but Lighthouse did not see them. */
  countedNotSeen: string[]
  /** Seen by Lighthouse on the page's own origin, not counted, and not explained below. */
  seenNotCounted: string[]
  /** next/link prefetches of other pages (fetch requests), made after load; not a first-visit cost. */
  prefetches: string[]
  /** Requests that failed (for example a missing /favicon.ico). */
  failed: string[]
  /** Same files, where Lighthouse's uncompressed size differs from the file in out/. */
  sizeMismatches: { url: string; counted: number; seen: number }[]
}

export function crossCheck(weight: PageWeight, requests: readonly ObservedRequest[], pageUrl: string): CrossCheck {
  const origin = new URL(pageUrl).origin
  const counted = new Map(weight.resources.map((resource) => [resource.url, resource]))
  const result: CrossCheck = { matched: [], countedNotSeen: [], seenNotCounted: [], prefetches: [], failed: [], sizeMismatches: [] }
  const seen = new Set<string>()

  for (const request of requests) {
    const url = new URL(request.url)
    if (url.origin !== origin) {
      result.seenNotCounted.push(request.url)
      continue
    }
    const where = `${url.pathname}${url.search}`
    if (request.resourceType === 'Document') continue
    if ((request.statusCode ?? 200) >= 400) {
      result.failed.push(`${where} (${request.statusCode})`)
      continue
    }
    if (request.resourceType === 'Fetch' || request.resourceType === 'XHR') {
      result.prefetches.push(where)
      continue
    }
    // Counted under the address the HTML gives, query included (Next versions icons with one).
    const key = counted.has(where) ? where : url.pathname
    const resource = counted.get(key)
    if (!resource) {
      result.seenNotCounted.push(where)
      continue
    }
    seen.add(key)
    result.matched.push(key)
    if (request.resourceSize !== undefined && request.resourceSize !== resource.rawBytes) {
      result.sizeMismatches.push({ url: key, counted: resource.rawBytes, seen: request.resourceSize })
    }
  }
  result.countedNotSeen = [...counted.keys()].filter((url) => !seen.has(url))
  return result
}

export function crossCheckAgrees(check: CrossCheck): boolean {
  return check.countedNotSeen.length === 0 && check.seenNotCounted.length === 0 && check.sizeMismatches.length === 0
}
