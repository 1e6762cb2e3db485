/**
 * A small static file server for a built site, on the loopback interface, for the benchmark.
 *
 * It serves out/ the way a static host does (clean URLs: /faq -> faq.html) and gzips text at
 * zlib's default level, the same way the byte count measures it, so Lighthouse's simulated slow
 * network moves the same number of bytes the report shows. Port 0 picks a free port, so two runs
 * at once do not collide.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import { isCompressible } from '@/lib/bench/page-weight'
import { IMMUTABLE_ASSET_HEADERS, IMMUTABLE_ASSETS_PREFIX, SITE_WIDE_HEADERS, type Header } from '@/lib/security-headers'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

/** The file a static host would answer with for this path, or undefined for a 404. */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0])
  } catch {
    return undefined
  }
  const base = path.resolve(root)
  const target = path.resolve(base, `.${decoded}`)
  if (target !== base && !target.startsWith(`${base}${path.sep}`)) return undefined
  const candidates = [target, `${target}.html`, path.join(target, 'index.html')]
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile())
}

/** Extra response headers for a file, given its path on disk, its address and its content. */
export type HeadersFor = (file: string, urlPath: string, content: Buffer) => readonly Header[]

/**
 * The headers the site is deployed with (lib/security-headers.ts): the same for every file, the
 * Content-Security-Policy included, and a year of caching for hashed build output.
 */
export const productionHeaders: HeadersFor = (_file, urlPath) => {
  if (urlPath.startsWith(IMMUTABLE_ASSETS_PREFIX)) return [...SITE_WIDE_HEADERS, ...IMMUTABLE_ASSET_HEADERS]
  return SITE_WIDE_HEADERS
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

export async function startStaticServer(root: string, headersFor?: HeadersFor): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const file = resolveStaticFile(root, request.url ?? '/')
    const notFound = path.join(root, '404.html')
    const served = file ?? (fs.existsSync(notFound) ? notFound : undefined)
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const content = fs.readFileSync(served)
    let body = content
    const headers: http.OutgoingHttpHeaders = {
      'content-type': CONTENT_TYPES[path.extname(served).toLowerCase()] ?? 'application/octet-stream',
    }
    for (const header of headersFor?.(served, (request.url ?? '/').split(/[?#]/)[0], content) ?? []) {
      headers[header.name.toLowerCase()] = header.value
    }
    if (isCompressible(served) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = zlib.gzipSync(body)
      headers['content-encoding'] = 'gzip'
      headers.vary = 'accept-encoding'
    }
    headers['content-length'] = body.length
    response.writeHead(file ? 200 : 404, headers)
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  // Lighthouse keeps connections alive; closing must not wait for them.
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
