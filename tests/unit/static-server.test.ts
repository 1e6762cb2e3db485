/**
 * The site's own server (lib/servers/static-server.ts) on a small built site: the answers the
 * attack run found wrong (L16-L19), each sent as raw HTTP.
 */
import fs from 'node:fs'
import type http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveConfig } from '@/lib/build/host-config'
import { createSiteServer } from '@/lib/servers/static-server'

const HEADERS = [
  { name: 'Content-Security-Policy', value: "default-src 'none'" },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
]
let server: http.Server
let port = 0
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'))

beforeAll(async () => {
  fs.writeFileSync(path.join(out, 'index.html'), `<!doctype html><title>Home</title>${'<p>text</p>'.repeat(200)}`)
  fs.writeFileSync(path.join(out, 'faq.html'), `<!doctype html><title>FAQ</title>${'<p>answer</p>'.repeat(200)}`)
  fs.writeFileSync(path.join(out, '404.html'), '<!doctype html><title>Not found</title>')
  server = createSiteServer({ outDir: out, config: serveConfig(HEADERS) })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as net.AddressInfo).port
})
afterAll(() => {
  server.close()
  fs.rmSync(out, { recursive: true, force: true })
})

/** Sends raw bytes; gives the status line and the header lines of the answer. */
function raw(request: string): Promise<{ status: number; headers: string[] }> {
  return new Promise((resolve, reject) => {
    let text = ''
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request))
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      text += chunk
      if (text.includes('\r\n\r\n')) socket.destroy()
    })
    socket.on('close', () => {
      const [head] = text.split('\r\n\r\n')
      const [statusLine, ...headers] = head.split('\r\n')
      resolve({ status: Number(statusLine.split(' ')[1]), headers: headers.map((h) => h.toLowerCase()) })
    })
    socket.on('error', reject)
  })
}
const get = (target: string, extra = '', method = 'GET') => raw(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`)
const header = (headers: string[], name: string) => headers.filter((h) => h.startsWith(`${name.toLowerCase()}:`))

describe('answers from Node itself carry the site-wide headers, once (L16)', () => {
  it.each([
    ['a lowercase method', 'get /faq HTTP/1.1\r\nHost: localhost\r\n\r\n', 400],
    ['a doubled Content-Length', 'GET /faq HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', 400],
    ['a header of 20 KB', `GET /faq HTTP/1.1\r\nHost: localhost\r\nX-Long: ${'a'.repeat(20000)}\r\n\r\n`, 431],
  ])('%s', async (_, request, status) => {
    const answer = await raw(request)
    expect(answer.status).toBe(status)
    expect(header(answer.headers, 'content-security-policy')).toEqual(["content-security-policy: default-src 'none'"])
    expect(header(answer.headers, 'x-content-type-options')).toHaveLength(1)
  })
})

describe('addresses', () => {
  it('a name longer than any file can have is the 404 page, not 500 (L17)', async () => {
    expect((await get(`/${'a'.repeat(256)}`)).status).toBe(404)
  })

  it('only a page-shaped .html address is sent on (L19)', async () => {
    const faq = await get('/faq.html')
    expect(faq.status).toBe(301)
    expect(header(faq.headers, 'location')).toEqual(['location: /faq'])
    for (const odd of ['/Faq.html', '/FAQ.html', '/programs.html/']) expect((await get(odd)).status, odd).toBe(404)
  })

  it('HEAD answers with the headers of GET, compressed alike (L18)', async () => {
    for (const target of ['/faq', '/', '/missing']) {
      const [head, body] = [await get(target, 'Accept-Encoding: gzip\r\n', 'HEAD'), await get(target, 'Accept-Encoding: gzip\r\n')]
      expect(head.status, target).toBe(body.status)
      expect(header(head.headers, 'content-encoding'), target).toEqual(header(body.headers, 'content-encoding'))
      expect(header(head.headers, 'content-security-policy'), target).toEqual(header(body.headers, 'content-security-policy'))
    }
  })
})
