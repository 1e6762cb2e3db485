/**
 * Sources that still answer (npm run sources:check). Asks every address a page cites whether it is
 * still there, politely: one request at a time to each host, a timeout, and a user agent that says
 * who asks and why. Reports each address that is gone, has moved, now redirects elsewhere or does
 * not answer, by page and source, and whether the source was read in the last year (`accessed`).
 *
 * It never runs in the build or the tests against the internet: the tests point it at a server on
 * loopback. The weekly workflow (.github/workflows/sources-check.yml) runs it and shows the report.
 */
import type { Source } from '@/lib/content/frontmatter'
import { daysBetween } from '@/lib/content-check/recheck-dates'

export const SOURCES_CHECK_USER_AGENT = 'AnuviaSiteSourceCheck/1.0 (weekly check that the sources our pages cite still answer; one request at a time per host)'

/** How long to wait for an answer before calling an address unreachable. */
export const DEFAULT_TIMEOUT_MS = 15_000

/** A source is "not read in the last year" when its `accessed` date is older than this. */
export const READ_WITHIN_DAYS = 365

export interface CitedSource {
  /** The page's file, as staff see it: content/en/staying-safe.mdx. */
  file: string
  source: Pick<Source, 'id' | 'title' | 'url' | 'accessed'>
}

export type LinkState =
  | { kind: 'ok'; status: number }
  | { kind: 'moved'; status: number; location: string; sameSite: boolean }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; status?: number; reason: string }

export interface SourceResult extends CitedSource {
  state: LinkState
  /** The source was read (accessed) within the last year. */
  readRecently: boolean
}

/** Asks one address, without following redirects; the caller decides what a redirect means. */
export async function askAddress(url: string, timeoutMs: number, fetchImpl: typeof fetch = fetch): Promise<LinkState> {
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      redirect: 'manual',
      headers: { 'user-agent': SOURCES_CHECK_USER_AGENT, accept: 'text/html,application/json;q=0.9,*/*;q=0.8' },
      signal: AbortSignal.timeout(timeoutMs),
    })
    // Only the status matters: the body is not read.
    await response.body?.cancel().catch(() => undefined)
    const { status } = response
    if (status >= 300 && status < 400) {
      const location = new URL(response.headers.get('location') ?? '', url).toString()
      return { kind: 'moved', status, location, sameSite: new URL(location).host === new URL(url).host }
    }
    if (status === 404 || status === 410) return { kind: 'gone', status }
    if (status >= 200 && status < 300) return { kind: 'ok', status }
    return { kind: 'failed', status, reason: `answered ${status}` }
  } catch (error) {
    const name = error instanceof Error ? error.name : ''
    return { kind: 'failed', reason: name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'could not be reached' }
  }
}

export interface CheckSourceLinksOptions {
  today: string
  timeoutMs?: number
  fetchImpl?: typeof fetch
}

/**
 * Checks every cited address once (a page pair citing the same address shares the answer): hosts
 * in parallel, but one request at a time to each host.
 */
export async function checkSourceLinks(cited: CitedSource[], { today, timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl }: CheckSourceLinksOptions): Promise<SourceResult[]> {
  const urls = [...new Set(cited.map((c) => c.source.url))]
  const byHost = new Map<string, string[]>()
  for (const url of urls) {
    const host = new URL(url).host
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  const answers = new Map<string, LinkState>()
  await Promise.all(
    [...byHost.values()].map(async (hostUrls) => {
      for (const url of hostUrls) answers.set(url, await askAddress(url, timeoutMs, fetchImpl))
    }),
  )
  return cited.map((c) => ({
    ...c,
    state: answers.get(c.source.url)!,
    readRecently: daysBetween(c.source.accessed, today) <= READ_WITHIN_DAYS,
  }))
}

/** Whether a result needs someone to look at it. */
export function needsAttention(result: SourceResult): boolean {
  return result.state.kind !== 'ok' || !result.readRecently
}

function describe(state: LinkState): string {
  switch (state.kind) {
    case 'ok':
      return `answers (${state.status})`
    case 'moved':
      return state.sameSite ? `moved (${state.status}) to ${state.location}` : `now redirects to another site (${state.status}): ${state.location}`
    case 'gone':
      return `gone (${state.status})`
    case 'failed':
      return state.reason
  }
}

/** The report in Markdown: a table of what needs attention, then a count of what is fine. */
export function sourcesReport(results: SourceResult[], today: string): string {
  const attention = results.filter(needsAttention)
  const lines = [`# Sources check, ${today}`, '', `${results.length} cited sources on ${new Set(results.map((r) => r.file)).size} pages; ${attention.length} need a look.`, '']
  if (attention.length > 0) {
    lines.push('| page | source | address | what happened | read in the last year |', '| --- | --- | --- | --- | --- |')
    for (const r of attention) {
      lines.push(`| ${r.file} | ${r.source.title} (${r.source.id}) | ${r.source.url} | ${describe(r.state)} | ${r.readRecently ? 'yes' : `no (read ${r.source.accessed})`} |`)
    }
    lines.push(
      '',
      'What to do: open the address. If the page moved, use its new address; if it is gone, find the publisher\'s current page that says the same, or take out what only it supported. Read it again, then set `accessed` to the date you read it.',
    )
  }
  return lines.join('\n')
}
