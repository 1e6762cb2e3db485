import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { NOT_FOUND_FILE, OUT_DIR, headersForPage, htmlPagePolicies, type HtmlPagePolicy } from '@/lib/host-config'
import { IMMUTABLE_ASSET_HEADERS, IMMUTABLE_ASSETS_PREFIX, SITE_WIDE_HEADERS, type Header } from '@/lib/security-headers'
import { netlifyHeadersFor, nginxHeadersFor, readHostFiles, serveHeadersFor, type HeaderMap } from './host-files'
import { routes } from './routes'

// Worked out again here from the HTML in out/, not read from the files under test.
const pages = htmlPagePolicies()
const asMap = (headers: readonly Header[]): HeaderMap => Object.fromEntries(headers.map((h) => [h.name, h.value]))

function pageFor(route: string): HtmlPagePolicy {
  const page = pages.find((p) => p.route === route)
  if (!page) throw new Error(`No HTML file in out/ is served at ${route}`)
  return page
}

function expectHeaders(actual: Record<string, string>, expected: readonly Header[]) {
  for (const { name, value } of expected) expect(actual[name.toLowerCase()], name).toBe(value)
}

test.describe('the static server sends the security headers', () => {
  for (const route of routes) {
    test(`${route} has every header and its own policy`, async ({ request }) => {
      const response = await request.get(route, { maxRedirects: 0 })
      expect(response.status()).toBe(200)
      expectHeaders(response.headers(), headersForPage(pageFor(route)))
    })
  }

  test('an unknown address gets the 404 page, with status 404 and its policy', async ({ request }) => {
    const response = await request.get('/no-such-page-here')
    expect(response.status()).toBe(404)
    expect(await response.text()).toBe(fs.readFileSync(path.join(OUT_DIR, NOT_FOUND_FILE), 'utf8'))
    expectHeaders(response.headers(), headersForPage(pages.find((p) => p.file === NOT_FOUND_FILE)!))
  })

  test('a page that is also a folder (/programs) is served from its .html file, with its policy', async ({ request }) => {
    expect(fs.existsSync(path.join(OUT_DIR, 'programs.html'))).toBe(true)
    expect(fs.statSync(path.join(OUT_DIR, 'programs')).isDirectory()).toBe(true)
    const response = await request.get('/programs', { maxRedirects: 0 })
    expect(await response.text()).toBe(fs.readFileSync(path.join(OUT_DIR, 'programs.html'), 'utf8'))
    expect(response.headers()['content-security-policy']).toBe(pageFor('/programs').contentSecurityPolicy)

    const slashed = await request.get('/programs/', { maxRedirects: 0 })
    expect(slashed.status()).toBe(301)
    expect(slashed.headers()['location']).toBe('/programs')
  })

  test('build assets are cached for a year and carry the site-wide headers', async ({ request }) => {
    const html = fs.readFileSync(path.join(OUT_DIR, 'index.html'), 'utf8')
    const asset = new RegExp(`(?:src|href)="(${IMMUTABLE_ASSETS_PREFIX}[^"]+)"`).exec(html)?.[1]
    expect(asset).toBeDefined()
    const response = await request.get(asset!)
    expect(response.status()).toBe(200)
    expectHeaders(response.headers(), [...SITE_WIDE_HEADERS, ...IMMUTABLE_ASSET_HEADERS])
  })

  test('every policy is strict: no inline or eval allowance, nothing from other origins', () => {
    for (const page of pages) {
      const policy = page.contentSecurityPolicy
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
        expect(policy, page.file).toContain(directive)
      }
    }
  })
})

test.describe('every host gets the same headers', () => {
  const files = readHostFiles()

  for (const page of pages) {
    test(`${page.file}: _headers, nginx.conf and serve.json agree`, () => {
      const expected = asMap(headersForPage(page))
      expect(serveHeadersFor(files.serve, page.file)).toEqual(expected)
      if (page.route === undefined) {
        // The not-found page: nginx serves it by error_page; Netlify and Cloudflare by its name.
        expect(nginxHeadersFor(files.nginx, `= /${page.file}`)).toEqual(expected)
        expect(netlifyHeadersFor(files.netlify, `/${page.file}`)).toEqual(expected)
      } else {
        expect(nginxHeadersFor(files.nginx, `= ${page.route}`)).toEqual(expected)
        expect(netlifyHeadersFor(files.netlify, page.route)).toEqual(expected)
        expect(netlifyHeadersFor(files.netlify, `/${page.file}`)).toEqual(expected)
      }
    })
  }

  test('other files get the site-wide headers from every host', () => {
    const siteWide = asMap(SITE_WIDE_HEADERS)
    expect(netlifyHeadersFor(files.netlify, '/robots.txt')).toEqual(siteWide)
    expect(serveHeadersFor(files.serve, 'robots.txt')).toEqual(siteWide)
    expect(nginxHeadersFor(files.nginx, '/')).toEqual(siteWide)

    const immutable = asMap([...SITE_WIDE_HEADERS, ...IMMUTABLE_ASSET_HEADERS])
    expect(netlifyHeadersFor(files.netlify, `${IMMUTABLE_ASSETS_PREFIX}chunks/app.js`)).toEqual(immutable)
    expect(serveHeadersFor(files.serve, `${IMMUTABLE_ASSETS_PREFIX.slice(1)}chunks/app.js`)).toEqual(immutable)
    expect(nginxHeadersFor(files.nginx, IMMUTABLE_ASSETS_PREFIX)).toEqual(immutable)
  })
})
