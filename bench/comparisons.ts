/**
 * The benchmark's measured pages, and how each route compares with its peers: LCP and bytes as
 * ratios to the same route with its stylesheet linked and to the GOV.UK Frontend reference.
 */
import { BUDGETS, type BudgetMiss, type BuildTiming } from '@/bench/budgets'
import type { CrossCheck, LighthouseSummary } from '@/bench/lighthouse'
import type { ByteCount } from '@/bench/page-weight'

export interface MeasuredPage {
  route: string
  bytes: ByteCount
  /** The representative Lighthouse run; absent when Lighthouse was not run on this page. */
  lighthouse?: LighthouseSummary
  /** Performance scores of every run, to show how much they spread. */
  performanceRuns?: (number | null)[]
  /** Largest contentful paint of every run, in milliseconds. */
  lcpRunsMs?: (number | null)[]
  /** What the representative run fetched: bytes as sent (compressed, headers included), requests, and how many of them before the first paint. */
  network?: { bytes: number; requests: number; beforeFirstPaint: number | null }
  misses: BudgetMiss[]
}

export interface BenchResults {
  generatedAt: string
  mode: 'full' | 'quick'
  machine: { cpus: number; loadAverageAtStart: number[]; node: string; note: string }
  versions: { next: string; react: string; 'react-dom': string; 'govuk-frontend': string; lighthouse: string; lhci: string; chromium: string }
  lighthouse: { runsPerPage: number; preset: string; routesRun: number; routesTotal: number; floorRoutesRun: number; failure?: string }
  /** The reference: an empty Next.js page with the same versions. */
  baseline: MeasuredPage
  /** The reference: the home page's words on a page styled with GOV.UK Frontend, its CSS and JavaScript linked. */
  govuk: MeasuredPage
  /** Every route of the site, as built: the stylesheet inside the page. */
  pages: MeasuredPage[]
  /** The same routes with the stylesheet and icon linked, as they were built before: the design it replaces. */
  linked: MeasuredPage[]
  /** The same routes with only the stylesheet linked (the icon inside): the stylesheet's share of the difference. */
  linkedStylesheetOnly: MeasuredPage[]
  /** The floor: the same routes as plain HTML (scripts removed), served the same way. */
  plain: MeasuredPage[]
  builds: BuildTiming[]
  buildMisses: BudgetMiss[]
  crossCheck?: { route: string; agrees: boolean; details: CrossCheck }
  durationSeconds: number
}

export function ms(value: number | null | undefined): string {
  return value == null ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`
}

/**
 * The page's LCP for the comparisons: the median of its runs (one slow run on a shared machine
 * moves it less than it moves the representative run, which Lighthouse CI picks by FCP and TTI).
 */
export function medianLcp(page: MeasuredPage | undefined): number | null {
  const runs = (page?.lcpRunsMs ?? []).filter((value): value is number => value !== null)
  return runs.length > 0 ? median(runs) : (page?.lighthouse?.metrics.largestContentfulPaintMs ?? null)
}
const lcpOf = medianLcp

/** site ÷ reference, or null when either was not measured. */
export function quotient(site: number | null | undefined, reference: number | null | undefined): number | null {
  return site == null || reference == null || reference === 0 ? null : site / reference
}

export function times(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(2)}×`
}

/** One route of the site beside the same route with the stylesheet linked and beside the GOV.UK Frontend reference. */
export interface Comparison {
  route: string
  lcpMs: { site: number | null; linked: number | null; linkedStylesheetOnly: number | null; govuk: number | null }
  /** Bytes a first visit fetched, as Lighthouse saw them on the network (compressed, headers included). */
  networkBytes: { site: number | null; linked: number | null; govuk: number | null }
  requestsBeforeFirstPaint: { site: number; linked: number; govuk: number }
  lcpToLinked: number | null
  lcpToLinkedStylesheetOnly: number | null
  lcpToGovuk: number | null
  bytesToLinked: number | null
  bytesToGovuk: number | null
}

export function comparisons(results: Pick<BenchResults, 'pages' | 'linked' | 'linkedStylesheetOnly' | 'govuk'>): Comparison[] {
  return results.pages.map((page) => {
    const linked = results.linked.find((other) => other.route === page.route)
    if (!linked) throw new Error(`No linked-stylesheet copy was measured for ${page.route}.`)
    const cssOnly = results.linkedStylesheetOnly.find((other) => other.route === page.route)
    const lcpMs = { site: lcpOf(page), linked: lcpOf(linked), linkedStylesheetOnly: lcpOf(cssOnly), govuk: lcpOf(results.govuk) }
    const networkBytes = { site: page.network?.bytes ?? null, linked: linked.network?.bytes ?? null, govuk: results.govuk.network?.bytes ?? null }
    return {
      route: page.route,
      lcpMs,
      networkBytes,
      requestsBeforeFirstPaint: { site: page.bytes.requestsBeforeFirstPaint, linked: linked.bytes.requestsBeforeFirstPaint, govuk: results.govuk.bytes.requestsBeforeFirstPaint },
      lcpToLinked: quotient(lcpMs.site, lcpMs.linked),
      lcpToLinkedStylesheetOnly: quotient(lcpMs.site, lcpMs.linkedStylesheetOnly),
      lcpToGovuk: quotient(lcpMs.site, lcpMs.govuk),
      bytesToLinked: quotient(networkBytes.site, networkBytes.linked),
      bytesToGovuk: quotient(networkBytes.site, networkBytes.govuk),
    }
  })
}

/** The bench's own budget on the comparison: the site's LCP against the same page with the stylesheet linked. */
export function comparisonMisses(row: Comparison): BudgetMiss[] {
  if (row.lcpToLinked === null || row.lcpToLinked <= BUDGETS.maxLcpToLinkedStylesheet) return []
  return [
    {
      budget: 'lcp-vs-linked',
      detail: `LCP is ${ms(row.lcpMs.site)}, ${times(row.lcpToLinked)} the ${ms(row.lcpMs.linked)} of the same page with the stylesheet and icon linked; the budget is ${BUDGETS.maxLcpToLinkedStylesheet}×.`,
    },
  ]
}

/** The most requests Lighthouse saw started before the first paint, over these pages; '—' when no run said. */
export function mostSeen(pages: readonly MeasuredPage[]): string {
  const seen = pages.flatMap((page) => (page.network?.beforeFirstPaint == null ? [] : [page.network.beforeFirstPaint]))
  return seen.length === 0 ? '—' : String(Math.max(...seen))
}

/** Site ÷ reference over every route measured on both: the sum of the site's LCPs over the sum of the reference's. */
export function overall(rows: readonly Comparison[], reference: 'linked'): number | null {
  const both = rows.filter((row) => row.lcpMs.site !== null && row.lcpMs[reference] !== null)
  if (both.length === 0) return null
  return both.reduce((sum, row) => sum + row.lcpMs.site!, 0) / both.reduce((sum, row) => sum + row.lcpMs[reference]!, 0)
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function range(values: (number | null)[]): string {
  const known = values.filter((value): value is number => value !== null)
  if (known.length === 0) return '—'
  const low = Math.min(...known)
  const high = Math.max(...known)
  return low === high ? times(low) : `${times(low)} to ${times(high)} (median ${times(median(known))})`
}
