import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCleanup } from '@/lib/bench/cleanup'
import { buildTable, pagesTable, ratio, summary, type MeasuredPage } from '@/lib/bench/report'
import { productionHeaders, resolveStaticFile, startStaticServer, type StaticServer } from '@/lib/bench/static-server'
import { CONTENT_SECURITY_POLICY } from '@/lib/security-headers'

describe('the undo list', () => {
  it('runs every step once, newest first, and goes on past a step that fails', async () => {
    const done: string[] = []
    const problems: string[] = []
    const cleanup = createCleanup((message) => problems.push(message))
    cleanup.add('folder', () => void done.push('folder'))
    cleanup.add('server', () => {
      throw new Error('already closed')
    })
    cleanup.add('browser', async () => void done.push('browser'))
    await cleanup.run()
    await cleanup.run()
    expect(done).toEqual(['browser', 'folder'])
    expect(problems).toEqual(['Could not clean up server: already closed'])
    expect(cleanup.size).toBe(0)
  })

  it('lets a step run early, and then not again', async () => {
    let count = 0
    const cleanup = createCleanup()
    const stop = cleanup.add('server', () => void count++)
    await stop()
    await cleanup.run()
    expect(count).toBe(1)
  })
})

describe('the static server', () => {
  let root: string
  let server: StaticServer
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'))
    fs.mkdirSync(path.join(root, 'programs'))
    fs.writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>'.repeat(20))
    fs.writeFileSync(path.join(root, 'faq.html'), '<h1>FAQ</h1>')
    fs.writeFileSync(path.join(root, 'programs', 'index.html'), '<h1>Programs</h1>')
    fs.writeFileSync(path.join(root, '404.html'), '<h1>Not found</h1>')
    fs.writeFileSync(path.join(root, 'font.woff2'), 'binary')
    server = await startStaticServer(root)
  })
  afterAll(async () => {
    await server.close()
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('maps clean URLs to files like a static host, and never outside the folder', () => {
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'))
    expect(resolveStaticFile(root, '/faq?x=1')).toBe(path.join(root, 'faq.html'))
    expect(resolveStaticFile(root, '/programs')).toBe(path.join(root, 'programs', 'index.html'))
    expect(resolveStaticFile(root, '/../../etc/passwd')).toBeUndefined()
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeUndefined()
  })

  it('listens on loopback and sends text gzipped at the default level', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const response = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    const expected = zlib.gzipSync(fs.readFileSync(path.join(root, 'index.html'))).length
    expect(Number(response.headers.get('content-length'))).toBe(expected)
    expect(await response.text()).toContain('<h1>Home</h1>')
  })

  it('can send the headers the site is deployed with, the one policy on every file', async () => {
    const page = '<html><body><h1>Hi</h1><script>self.x=1</script></body></html>'
    fs.writeFileSync(path.join(root, 'deployed.html'), page)
    fs.mkdirSync(path.join(root, '_next', 'static'), { recursive: true })
    fs.writeFileSync(path.join(root, '_next', 'static', 'a.js'), '1')
    const deployed = await startStaticServer(root, productionHeaders)
    try {
      const html = await fetch(`${deployed.url}/deployed`)
      expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(html.headers.get('x-content-type-options')).toBe('nosniff')
      const asset = await fetch(`${deployed.url}/_next/static/a.js`)
      expect(asset.headers.get('cache-control')).toContain('immutable')
      expect(asset.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    } finally {
      await deployed.close()
    }
  })

  it('sends compressed formats as they are, and 404.html for a missing page', async () => {
    const font = await fetch(`${server.url}/font.woff2`, { headers: { 'accept-encoding': 'gzip' } })
    expect(font.headers.get('content-encoding')).toBeNull()
    expect(font.headers.get('content-type')).toBe('font/woff2')
    const missing = await fetch(`${server.url}/nowhere`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Not found')
  })
})

describe('the results page', () => {
  const bytes = { html: 2048, css: 0, js: 100_000, font: 0, image: 0, other: 0, requests: 5 }
  const baseline: MeasuredPage = { route: 'empty', bytes, misses: [] }
  const page: MeasuredPage = {
    route: '/faq',
    bytes: { ...bytes, html: 4096, css: 4000, js: 103_000, requests: 7 },
    lighthouse: {
      scores: { performance: 98, accessibility: 100, 'best-practices': 96, seo: 100 },
      metrics: { firstContentfulPaintMs: 800, largestContentfulPaintMs: 1712.4, totalBlockingTimeMs: 40, cumulativeLayoutShift: 0, speedIndexMs: 900 },
      failingAudits: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
    },
    performanceRuns: [97, 98, 99],
    misses: [{ budget: 'best-practices', detail: '...' }],
  }

  it('gives each byte figure as a ratio to the empty page', () => {
    expect(ratio(4096, 2048)).toBe('2.00×')
    expect(ratio(0, 0)).toBe('=')
    expect(ratio(10, 0)).toBe('new')
    const table = pagesTable({ baseline, pages: [page] })
    const row = table.split('\n').find((line) => line.startsWith('| `/faq`')) ?? ''
    expect(row).toContain('98 (97, 98, 99)')
    expect(row).toContain('1,712 ms')
    expect(row).toContain('4.0 KB (2.00×)')
    expect(row).toContain('100.6 KB (1.03×)')
    expect(row).toContain('| best-practices |')
  })

  it('sums up the distance to the floor, and the lowest scores', () => {
    const text = summary({ baseline, pages: [page, { route: '/bytes-only', bytes: { ...bytes, js: 101_000 }, misses: [] }] })
    expect(text).toContain('downloads 2.9 KB more JavaScript')
    expect(text).toContain('3.9 KB of CSS')
    expect(text).toContain('in at most 7 requests')
    expect(text).toContain('over the 1 pages measured: performance 98')
    expect(text).toContain('best practices 96')
  })

  it('shows seconds per page for each build size', () => {
    const table = buildTable([
      { label: '+100', pages: 112, seconds: 112 },
      { label: 'site', pages: 12, seconds: 60 },
    ])
    const rows = table.split('\n').slice(2)
    expect(rows[0]).toBe('| site | 12 | 60.0 s | 5.00 | — |')
    expect(rows[1]).toBe('| +100 | 112 | 112.0 s | 1.00 | 0.52 |')
  })
})
