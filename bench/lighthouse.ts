/**
 * Lighthouse for the benchmark: the configuration Lighthouse CI (@lhci/cli) runs it with, the few
 * numbers kept from each address's representative run, and a comparison of what Lighthouse saw on
 * the network with what the byte count expects.
 *
 * Reports are typed structurally (only the fields read here), so tests can hand in small made-up
 * reports and a real one fits as it is.
 */
import fs from 'node:fs'
import path from 'node:path'
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

// ---------------------------------------------------------------------------------------------
// Running Lighthouse: Lighthouse CI (`lhci collect`, then `lhci upload --target=filesystem`)
// ---------------------------------------------------------------------------------------------

/** Lighthouse CI's configuration for `runs` runs on each address, reports written to `reportsDir`. */
export function lhciConfig(options: { urls: string[]; runs: number; chromePath: string; chromeFlags: string[]; reportsDir: string }) {
  return {
    ci: {
      collect: {
        url: options.urls,
        numberOfRuns: options.runs,
        chromePath: options.chromePath,
        settings: {
          // lhci adds --headless=new itself.
          chromeFlags: options.chromeFlags.join(' '),
          onlyCategories: [...CATEGORIES],
          // Screenshots are for people reading Lighthouse's HTML report; the benchmark keeps numbers.
          disableFullPageScreenshot: true,
          // robots-txt: Lighthouse fetches robots.txt from inside the page, which the site's policy
          // forbids (default-src 'none' with no connect-src: the pages connect to nothing), so it
          // reports "unable to download" for a file crawlers read directly (Lighthouse issue 4386).
          // tests/e2e/seo.spec.ts checks robots.txt itself.
          skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'robots-txt'],
        },
      },
      upload: { target: 'filesystem', outputDir: options.reportsDir },
    },
  }
}

/** One line of the manifest.json that `lhci upload --target=filesystem` writes: one per run. */
interface LhciManifestEntry {
  url: string
  isRepresentativeRun: boolean
  jsonPath: string
  /** Category scores, 0 to 1. */
  summary: Record<string, number | null | undefined>
}

/** What the benchmark keeps of the runs on one address. */
export interface LighthouseResult {
  /** The run lhci picked to represent the others: the one nearest the median first contentful paint and time to interactive. */
  representative: LighthouseSummary
  /** What that run saw on the network. */
  requests: ObservedRequest[]
  /** Of those, how many the browser started before it first painted (observed, not simulated); null when the report does not say. */
  requestsBeforeFirstPaint: number | null
  /** Every run's performance score (0 to 100), to show how much they spread. */
  performanceRuns: (number | null)[]
  /** Every run's largest contentful paint, in milliseconds: the comparisons take their median. */
  lcpRunsMs: (number | null)[]
}

/** Per address, the representative run and every run's score, from the reports lhci wrote. */
export function readLhciReports(reportsDir: string): { lighthouseVersion?: string; byUrl: Map<string, LighthouseResult> } {
  const manifest = JSON.parse(fs.readFileSync(path.join(reportsDir, 'manifest.json'), 'utf8')) as LhciManifestEntry[]
  const byUrl = new Map<string, LighthouseResult>()
  let lighthouseVersion: string | undefined
  for (const url of new Set(manifest.map((entry) => entry.url))) {
    const runs = manifest.filter((entry) => entry.url === url)
    const chosen = runs.find((entry) => entry.isRepresentativeRun)
    if (!chosen) throw new Error(`Lighthouse CI chose no representative run for ${url} in ${reportsDir}/manifest.json.`)
    const report = JSON.parse(fs.readFileSync(chosen.jsonPath, 'utf8')) as LighthouseReportLike & { requestedUrl: string; lighthouseVersion: string }
    // lhci names report files by host, path and second, not port: make sure no other address overwrote this one.
    if (report.requestedUrl !== url) throw new Error(`${chosen.jsonPath} holds a report on ${report.requestedUrl}, not ${url}.`)
    lighthouseVersion = report.lighthouseVersion
    byUrl.set(url, {
      representative: summarizeReport(report),
      requests: networkRequests(report),
      requestsBeforeFirstPaint: requestsBeforeFirstPaint(report),
      performanceRuns: runs.map((entry) => (entry.summary.performance == null ? null : Math.round(entry.summary.performance * 100))),
      lcpRunsMs: runs.map((entry) => numeric(JSON.parse(fs.readFileSync(entry.jsonPath, 'utf8')) as LighthouseReportLike, 'largest-contentful-paint')),
    })
  }
  return { lighthouseVersion, byUrl }
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

/**
 * How many requests the browser started before its first paint, in the run as observed (before
 * Lighthouse simulates a slow network): each request's start (network-requests, milliseconds from
 * the first request, which its debugData places on the trace clock) against the observed first
 * paint (the metrics audit, on the same clock, in microseconds).
 */
export function requestsBeforeFirstPaint(report: LighthouseReportLike): number | null {
  const network = report.audits['network-requests']?.details as
    | { items?: { networkRequestTime?: number }[]; debugData?: { networkStartTimeTs?: number } }
    | undefined
  const metrics = report.audits.metrics?.details as { items?: { observedFirstPaintTs?: number }[] } | undefined
  const start = network?.debugData?.networkStartTimeTs
  const firstPaint = metrics?.items?.[0]?.observedFirstPaintTs
  if (start === undefined || firstPaint === undefined || !network?.items) return null
  return network.items.filter((item) => item.networkRequestTime !== undefined && start + item.networkRequestTime * 1000 < firstPaint).length
}

/** What a run fetched in all: bytes as sent over the network (compressed, headers included), and how many requests. */
export function networkTotals(requests: readonly ObservedRequest[]): { bytes: number; requests: number } {
  return { bytes: requests.reduce((sum, request) => sum + (request.transferSize ?? 0), 0), requests: requests.length }
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
