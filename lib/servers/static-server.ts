/**
 * The server of `npm start` (and of the browser tests and the bench): out/ served with
 * deploy/serve.json, as a static host would.
 *
 * The files are served by serve-handler and compressed by compression: the two libraries the
 * `serve` command is made of. `serve` itself has no setting for what a public host must do, so
 * this thin layer does it before a request reaches them:
 *   - every response carries the site-wide headers, redirects and errors included;
 *   - only GET and HEAD are answered (405 otherwise): the site is only read;
 *   - a malformed address (bad %-encoding, a control character, a backslash, an empty part such
 *     as //) is answered 400, so nothing odd reaches a redirect and leads off the site;
 *   - built files that are no page (/404, /_not-found, /index, /_headers) and dotfiles are 404,
 *     as nginx answers them (lib/build/host-config.ts).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import compression from 'compression'
import serveHandler from 'serve-handler'
import { NOT_FOUND_FILE, NOT_PAGES, PAGE_PATH_PATTERN, type ServeConfig } from '@/lib/build/host-config'

export interface SiteServerOptions {
  /** The built site. */
  outDir: string
  /** deploy/serve.json. */
  config: ServeConfig
}

const METHODS = ['GET', 'HEAD']
/** The only .html addresses redirected (to the page's address), as nginx does. */
const PAGE_HTML = new RegExp(`^${PAGE_PATH_PATTERN}\\.html$`)
/** No file has a longer name; the file system would answer an error (500), not "no such file". */
const MAX_NAME_BYTES = 255

/** What a request's address must be, once decoded: parts of letters, digits and ._-~, no empty part. */
const WELL_FORMED = /^(?:\/[A-Za-z0-9._~-]+)*\/?$/

export function createSiteServer({ outDir, config }: SiteServerOptions): http.Server {
  // The headers for every address (serve.json's "**" rule); serve-handler adds the rest.
  const siteWide = config.headers.filter((rule) => rule.source === '**').flatMap((rule) => rule.headers)
  const compress = compression()
  const notFoundPage = () => fs.readFileSync(path.join(outDir, NOT_FOUND_FILE))

  const server = http.createServer((request, response) => {
    for (const { key, value } of siteWide) response.setHeader(key, value)
    const plain = (status: number, text: string) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end(request.method === 'HEAD' ? undefined : `${text}\n`)
    }

    if (!METHODS.includes(request.method ?? '')) {
      response.setHeader('Allow', METHODS.join(', '))
      return plain(405, 'Method Not Allowed')
    }
    const address = addressOf(request.url ?? '')
    if (address === undefined) return plain(400, 'Bad Request')
    if (address === '/index.html') {
      // The home page's file name: serve-handler would send it to /index, which is no page.
      response.writeHead(301, { Location: '/' })
      return response.end()
    }
    if (isHidden(address)) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      return response.end(request.method === 'HEAD' ? undefined : notFoundPage())
    }
    // A HEAD answer has the headers of the GET answer (compressed alike); Node sends no body for
    // it, as it knew the request was HEAD when it made the response.
    if (request.method === 'HEAD') request.method = 'GET'
    // compression is written for Express, whose request and response extend Node's own.
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
      serveHandler(request, response, { ...config, public: outDir }).catch(() => {
        if (!response.headersSent) plain(500, 'Internal Server Error')
        else response.end()
      })
    })
  })
  // A request Node's own parser refuses (a lowercase method, a header too big, a doubled
  // Content-Length) is answered here, with the site-wide headers like every other answer.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy()
    const [status, reason] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request']
    const headers = [...siteWide.map(({ key, value }) => `${key}: ${value}`), 'Content-Type: text/plain; charset=utf-8', `Content-Length: ${reason.length + 1}`, 'Connection: close']
    socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers.join('\r\n')}\r\n\r\n${reason}\n`)
  })
  return server
}

/** The decoded path of a request's address, or undefined where it is malformed. */
export function addressOf(url: string): string | undefined {
  const rawPath = url.split(/[?#]/, 1)[0]
  if (!rawPath.startsWith('/')) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return undefined
  }
  return WELL_FORMED.test(decoded) ? decoded : undefined
}

/** Built files that are no page, and dotfiles: the 404 page, as on every host. */
function isHidden(address: string): boolean {
  const notPages: readonly string[] = NOT_PAGES
  const asHtml = address.endsWith('.html') && notPages.includes(address.slice(0, -'.html'.length))
  // An .html address that is not a page's file name, in lowercase, (/Faq.html, /programs.html/)
  // is no page either: only /faq.html is sent on to /faq.
  const oddHtml = /\.html\/?$/.test(address) && !PAGE_HTML.test(address)
  const parts = address.split('/')
  return notPages.includes(address) || asHtml || oddHtml || parts.some((part) => part.startsWith('.') || Buffer.byteLength(part) > MAX_NAME_BYTES)
}
