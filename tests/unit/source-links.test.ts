/**
 * npm run sources:check against a server on loopback that answers 200, 301 (same site and another
 * site), 404, 410, and never (a timeout). Never against the internet.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkSourceLinks, needsAttention, sourcesReport, SOURCES_CHECK_USER_AGENT, type CitedSource } from '@/lib/content-check/source-links'

let server: http.Server
let base = ''
/** Requests as the server saw them: path and user agent. */
const seen: { path: string; userAgent?: string }[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', userAgent: req.headers['user-agent'] })
    switch (req.url) {
      case '/ok':
        setTimeout(() => res.end('fine'), 20)
        return
      case '/moved':
        res.writeHead(301, { location: '/new-home' }).end()
        return
      case '/elsewhere':
        res.writeHead(302, { location: 'https://other.example/page' }).end()
        return
      case '/missing':
        res.writeHead(404).end()
        return
      case '/removed':
        res.writeHead(410).end()
        return
      case '/silent':
        return // never answers
      default:
        res.writeHead(500).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const cite = (file: string, id: string, path: string, accessed = '2026-12-01'): CitedSource => ({
  file,
  source: { id, title: `Title of ${id}`, url: `${base}${path}`, accessed },
})

describe('sources check', () => {
  it('reports each gone, moved, redirected and silent address by page and source, politely', async () => {
    const cited = [
      cite('content/en/a.mdx', 'fine', '/ok'),
      cite('content/es/a.mdx', 'fine', '/ok'),
      cite('content/en/a.mdx', 'moved', '/moved'),
      cite('content/en/b.mdx', 'elsewhere', '/elsewhere'),
      cite('content/en/b.mdx', 'missing', '/missing'),
      cite('content/en/b.mdx', 'removed', '/removed'),
      cite('content/en/c.mdx', 'silent', '/silent'),
      cite('content/en/c.mdx', 'old', '/ok?old', '2025-11-01'),
    ]
    // Counted on the asking side: how many requests to the host were waiting at once.
    let waiting = 0
    let mostWaiting = 0
    const countingFetch: typeof fetch = async (input, init) => {
      mostWaiting = Math.max(mostWaiting, ++waiting)
      try {
        return await fetch(input, init)
      } finally {
        waiting -= 1
      }
    }
    const results = await checkSourceLinks(cited, { today: '2026-12-04', timeoutMs: 500, fetchImpl: countingFetch })
    const kinds = Object.fromEntries(results.map((r) => [`${r.file} ${r.source.id}`, r.state.kind]))
    expect(kinds).toEqual({
      'content/en/a.mdx fine': 'ok',
      'content/es/a.mdx fine': 'ok',
      'content/en/a.mdx moved': 'moved',
      'content/en/b.mdx elsewhere': 'moved',
      'content/en/b.mdx missing': 'gone',
      'content/en/b.mdx removed': 'gone',
      'content/en/c.mdx silent': 'failed',
      'content/en/c.mdx old': 'failed', // the test server answers 500 to an address it does not know
    })
    const moved = results.find((r) => r.source.id === 'moved')!.state
    expect(moved).toEqual({ kind: 'moved', status: 301, location: `${base}/new-home`, sameSite: true })
    expect(results.find((r) => r.source.id === 'elsewhere')!.state).toMatchObject({ sameSite: false, location: 'https://other.example/page' })
    expect(results.find((r) => r.source.id === 'silent')!.state).toEqual({ kind: 'failed', reason: 'no answer within 1 s' })
    expect(results.find((r) => r.source.id === 'old')!.readRecently).toBe(false)

    // One request per address (two pages citing /ok share it), one at a time to the host, with its user agent.
    expect(seen.filter((s) => s.path === '/ok')).toHaveLength(1)
    expect(mostWaiting).toBe(1)
    expect(new Set(seen.map((s) => s.userAgent))).toEqual(new Set([SOURCES_CHECK_USER_AGENT]))

    const report = sourcesReport(results, '2026-12-04')
    expect(results.filter(needsAttention)).toHaveLength(6)
    expect(report).toContain('8 cited sources on 4 pages; 6 need a look.')
    expect(report).toContain(`| content/en/b.mdx | Title of missing (missing) | ${base}/missing | gone (404) | yes |`)
    expect(report).toContain(`| content/en/a.mdx | Title of moved (moved) | ${base}/moved | moved (301) to ${base}/new-home | yes |`)
    expect(report).toContain('now redirects to another site (302): https://other.example/page')
    expect(report).toContain('| no answer within 1 s |')
    expect(report).toContain('no (read 2025-11-01)')
    expect(report).not.toContain('Title of fine')
  })
})
