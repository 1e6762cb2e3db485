/**
 * The real servers, checked over HTTP: `npm run serve` (what `npm start` runs, with
 * deploy/serve.json) and Debian's nginx (with deploy/nginx.conf), both serving this build's out/.
 * Each sends the same headers on every response (pages, a build file, the 404 page, redirects
 * and refusals); answers 404 for a missing page, for built files that are no page and for
 * dotfiles; sends one address per page (/faq/ and /faq.html redirect to /faq) and never redirects
 * off the site; answers only GET and HEAD; refuses malformed addresses; and compresses text.
 *
 * nginx must be installed (.ci/run installs it); without it these tests fail and say so.
 */
import fs from 'node:fs'
import path from 'node:path'
import { test as base, expect, type APIResponse } from '@playwright/test'
import { htmlFileForRoute } from '@/lib/base/addresses'
import { NOT_FOUND_FILE, OUT_DIR } from '@/lib/build/host-config'
import { builtStyleHashes } from '@/lib/build/inline-assets'
import { IMMUTABLE_ASSET_HEADERS, siteWideHeaders, type Header } from '@/lib/build/security-headers'
import { netlifyHeadersFor, nginxHeadersFor, readHostFiles, serveHeadersFor } from './host-files'
import { nginxConfigTest, siteConfigFor, startNginx, type RunningNginx } from './nginx'
import { routes } from './routes'

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100)
/** This build's headers: the policy names the stylesheet the build put into the pages. */
const SITE_WIDE_HEADERS = siteWideHeaders(builtStyleHashes(OUT_DIR))

/** nginx, started the first time a test in this worker asks for it, on a port of its own. */
const test = base.extend<object, { nginx: { url: () => Promise<string> } }>({
  nginx: [
    async ({}, use, workerInfo) => {
      let running: Promise<RunningNginx> | undefined
      await use({ url: async () => (await (running ??= startNginx(E2E_PORT + 1 + workerInfo.parallelIndex))).url })
      if (running) await (await running.catch(() => undefined))?.stop()
    },
    { scope: 'worker' },
  ],
})

function expectHeaders(response: APIResponse, expected: readonly Header[], what: string) {
  const actual = response.headers()
  for (const { name, value } of expected) expect(actual[name.toLowerCase()], `${name} on ${what}`).toBe(value)
}

/**
 * A file of the build under /_next/static/, as an address. The stylesheet is inside the pages now
 * (lib/build/inline-assets.ts); what is left there is the icon Next copies in.
 */
function buildFile(): string {
  const dir = path.join(OUT_DIR, '_next', 'static')
  const file = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).find((entry) => entry.isFile()) : undefined
  if (!file) throw new Error('out/_next/static/ holds no file to check the headers of build files with.')
  return `/${path.relative(OUT_DIR, path.join(file.parentPath, file.name)).split(path.sep).join('/')}`
}

const servers = ['npm run serve', 'nginx'] as const

for (const server of servers) {
  test.describe(`${server} serves out/`, () => {
    // The origin of this server: the Playwright web server (npm run serve), or nginx.
    const originFor = async (nginx: { url: () => Promise<string> }, baseURL: string | undefined) =>
      server === 'nginx' ? nginx.url() : baseURL!

    test('every page answers 200 with every header, the same on each', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      for (const route of routes) {
        const response = await request.get(`${origin}${route}`, { maxRedirects: 0 })
        expect(response.status(), route).toBe(200)
        expect(response.headers()['content-type'], route).toMatch(/^text\/html/)
        expectHeaders(response, SITE_WIDE_HEADERS, route)
      }
    })

    test('a build file has the same headers, and is cached for a year', async ({ request, nginx, baseURL }) => {
      const response = await request.get(`${await originFor(nginx, baseURL)}${buildFile()}`)
      expect(response.status()).toBe(200)
      expectHeaders(response, [...SITE_WIDE_HEADERS, ...IMMUTABLE_ASSET_HEADERS], buildFile())
    })

    test('a missing page gets the 404 page, with status 404 and the same headers', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      for (const missing of ['/no-such-page-here', '/programs/no-such-program', '/_next/static/chunks/gone.css']) {
        const response = await request.get(`${origin}${missing}`, { maxRedirects: 0 })
        expect(response.status(), missing).toBe(404)
        expect(await response.text(), missing).toBe(fs.readFileSync(path.join(OUT_DIR, NOT_FOUND_FILE), 'utf8'))
        expectHeaders(response, SITE_WIDE_HEADERS, missing)
      }
    })

    test('each page has one address: /faq/ and /faq.html redirect to /faq', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      const redirects: Record<string, string> = { '/faq/': '/faq', '/faq.html': '/faq', '/programs/': '/programs', '/programs/sacot/': '/programs/sacot' }
      for (const [from, to] of Object.entries(redirects)) {
        const response = await request.get(`${origin}${from}`, { maxRedirects: 0 })
        expect([301, 308], from).toContain(response.status())
        expect(response.headers()['location'], from).toBe(to)
        expectHeaders(response, SITE_WIDE_HEADERS, `the redirect from ${from}`)
      }
      const home = await request.get(`${origin}/index.html`, { maxRedirects: 0 })
      expect(home.status()).toBe(301)
      expect(home.headers()['location']).toBe('/')
      // /programs is both a page (programs.html) and a folder (programs/): the page wins.
      expect(fs.statSync(path.join(OUT_DIR, 'programs')).isDirectory()).toBe(true)
      const programs = await request.get(`${origin}/programs`, { maxRedirects: 0 })
      expect(programs.status()).toBe(200)
      expect(await programs.text()).toBe(fs.readFileSync(path.join(OUT_DIR, htmlFileForRoute('/programs')), 'utf8'))
    })

    test('no address redirects off the site: backslashes, encoded slashes, tabs, doubled slashes', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      const tricks = [
        '/%5Cevil.example/',
        '/%5Cevil.example.html',
        '/%5C%5Cevil.example/',
        '/%2F%2Fevil.example/',
        '/%2Fevil.example/',
        '/%09/evil.example/',
        '/%0D%0ALocation:%20https://evil.example/',
        '/faq%2F',
        '//evil.example/',
        '///evil.example/',
        '//evil.example.html',
        '/.%2E/evil.example/',
        '/%E2%80%AE/evil.example/',
      ]
      for (const trick of tricks) {
        const response = await request.get(`${origin}${trick}`, { maxRedirects: 0 })
        const status = response.status()
        const location = response.headers()['location']
        // A redirect, if any, stays on this site: a path that a browser cannot read as another host.
        if (status >= 300 && status < 400) expect(location, trick).toMatch(/^\/(?![/\\])[A-Za-z0-9._~/-]*$/)
        else expect([400, 404], `${trick} answered ${status}`).toContain(status)
        expectHeaders(response, SITE_WIDE_HEADERS, trick)
      }
    })

    test('built files that are no page, and dotfiles, are the 404 page', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      for (const address of ['/404', '/404.html', '/_not-found', '/_not-found.html', '/index', '/_headers', '/.gitkeep', '/.env', '/.git/config', '/_next/.hidden', '/programs/.env']) {
        const response = await request.get(`${origin}${address}`, { maxRedirects: 0 })
        expect(response.status(), address).toBe(404)
        expect(await response.text(), address).toBe(fs.readFileSync(path.join(OUT_DIR, NOT_FOUND_FILE), 'utf8'))
        expectHeaders(response, SITE_WIDE_HEADERS, address)
      }
    })

    test('answers only GET and HEAD', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      expect((await request.head(`${origin}/faq`)).status()).toBe(200)
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
        const response = await request.fetch(`${origin}/faq`, { method, maxRedirects: 0, data: method === 'TRACE' ? undefined : 'x' })
        expect(response.status(), method).toBe(405)
        expect(await response.text(), method).not.toContain('<main')
        expectHeaders(response, SITE_WIDE_HEADERS, method)
      }
    })

    test('a malformed address is refused, never a server error', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      for (const address of ['/faq%00', '/%', '/faq%E0%A4%A', '/faq%01']) {
        const response = await request.get(`${origin}${address}`, { maxRedirects: 0 })
        // npm start says 400 (a bad request); nginx says 400 where it sees it, else 404.
        expect(server === 'nginx' ? [400, 404] : [400], `${address} answered ${response.status()}`).toContain(response.status())
        expectHeaders(response, SITE_WIDE_HEADERS, address)
      }
    })

    test('pages are sent compressed (gzip) to a browser that asks', async ({ request, nginx, baseURL }) => {
      const origin = await originFor(nginx, baseURL)
      for (const address of ['/', '/faq']) {
        const response = await request.get(`${origin}${address}`, { headers: { 'Accept-Encoding': 'gzip' } })
        expect(response.status(), address).toBe(200)
        expect(response.headers()['content-encoding'], address).toBe('gzip')
      }
    })
  })
}

test.describe('the nginx configuration', () => {
  test('passes nginx -t as written, and as pointed at out/ for these tests', () => {
    const written = fs.readFileSync(path.join(path.dirname(OUT_DIR), 'deploy', 'nginx.conf'), 'utf8')
    for (const conf of [written, siteConfigFor(E2E_PORT + 9)]) {
      const result = nginxConfigTest(conf)
      expect(result.output).toContain('test is successful')
      expect(result.ok).toBe(true)
    }
  })
})

test.describe('every host configuration holds the same headers', () => {
  test('_headers, nginx.conf and serve.json agree, for pages, files and the 404 page', () => {
    const files = readHostFiles()
    const everyHeader = Object.fromEntries(SITE_WIDE_HEADERS.map((h) => [h.name, h.value]))
    const assets = Object.fromEntries([...SITE_WIDE_HEADERS, ...IMMUTABLE_ASSET_HEADERS].map((h) => [h.name, h.value]))
    for (const route of [...routes, '/no-such-page', '/robots.txt']) expect(netlifyHeadersFor(files.netlify, route), route).toEqual(everyHeader)
    for (const file of ['index.html', 'faq.html', NOT_FOUND_FILE, 'robots.txt']) expect(serveHeadersFor(files.serve, file), file).toEqual(everyHeader)
    expect(nginxHeadersFor(files.nginx, 'server')).toEqual(everyHeader)
    expect(netlifyHeadersFor(files.netlify, buildFile())).toEqual(assets)
    expect(serveHeadersFor(files.serve, buildFile().slice(1))).toEqual(assets)
    expect(nginxHeadersFor(files.nginx, '/_next/static/')).toEqual(assets)
  })
})
