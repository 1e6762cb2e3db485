import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, HSTS_MAX_AGE_SECONDS, IMMUTABLE_ASSET_HEADERS, siteWideHeaders } from '@/lib/build/security-headers'
import { netlifyHeadersFile, nginxServerBlock, serveConfig, writeHostConfig } from '@/lib/build/host-config'
import { styleHash } from '@/lib/build/inline-assets'
import { netlifyHeadersFor, nginxHeadersFor, serveHeadersFor } from '../e2e/host-files'

/** Two builds' stylesheets, for policies that must follow the stylesheet. */
const STYLESHEET = 'body{color:#1a1a1a}'
const CHANGED_STYLESHEET = 'body{color:#000}'
const STYLE_HASHES = [styleHash(STYLESHEET)]
const SITE_WIDE_HEADERS = siteWideHeaders(STYLE_HASHES)
const CONTENT_SECURITY_POLICY = contentSecurityPolicy(STYLE_HASHES)
const header = (name: string) => SITE_WIDE_HEADERS.find((h) => h.name === name)?.value
const asMap = (headers: readonly { name: string; value: string }[]) => Object.fromEntries(headers.map((h) => [h.name, h.value]))

describe('site-wide headers', () => {
  it('ask for HTTPS for two years, subdomains included', () => {
    expect(HSTS_MAX_AGE_SECONDS).toBe(63_072_000)
    expect(header('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains')
  })

  it('forbid sniffing, framing and referrers, and switch off powerful features', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff')
    expect(header('X-Frame-Options')).toBe('DENY')
    expect(header('Referrer-Policy')).toBe('no-referrer')
    expect(header('Cross-Origin-Opener-Policy')).toBe('same-origin')
    expect(header('Cross-Origin-Resource-Policy')).toBe('same-origin')
    const features = header('Permissions-Policy')?.split(', ') ?? []
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics', 'interest-cohort', 'payment', 'usb']) {
      expect(features).toContain(`${feature}=()`)
    }
  })
})

describe('Content-Security-Policy', () => {
  it('is one policy, sent with every response', () => {
    expect(header('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('allows no script at all, and of everything else only what the pages use', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'none'"],
      'style-src': [`'${styleHash(STYLESHEET)}'`],
      'img-src': ["'self'", 'data:'],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    })
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|nonce|https?:|\*/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/style-src[^;]*'self'/)
  })

  it('allows the stylesheet by the SHA-256 of its text, so a changed stylesheet changes the policy', () => {
    // The hash of the text "body{color:#1a1a1a}", worked out independently: printf '%s' 'body{color:#1a1a1a}' | openssl dgst -sha256 -binary | base64
    expect(styleHash(STYLESHEET)).toBe('sha256-vbqsoy0PhD/vy4LWkc3z7eH32llz5TFf5ktgT15ymFM=')
    expect(contentSecurityPolicy([styleHash(CHANGED_STYLESHEET)])).not.toBe(CONTENT_SECURITY_POLICY)
    expect(contentSecurityPolicy([styleHash(CHANGED_STYLESHEET)])).toContain(`style-src '${styleHash(CHANGED_STYLESHEET)}';`)
  })

  it('allows no style at all when a build has no stylesheet, and refuses anything that is not a hash', () => {
    expect(contentSecurityPolicy([])).toContain("style-src 'none';")
    expect(() => contentSecurityPolicy(["'unsafe-inline'"])).toThrow(/Not a stylesheet hash/)
    expect(() => contentSecurityPolicy(['sha256-abc'])).toThrow(/Not a stylesheet hash/)
  })
})

describe('host configuration', () => {
  const everyHeader = asMap(SITE_WIDE_HEADERS)
  const assetHeaders = asMap([...SITE_WIDE_HEADERS, ...IMMUTABLE_ASSET_HEADERS])

  it('gives every page, file and the 404 page the same headers on Netlify/Cloudflare, nginx and serve', () => {
    const netlify = netlifyHeadersFile(SITE_WIDE_HEADERS)
    const serve = serveConfig(SITE_WIDE_HEADERS)
    for (const address of ['/', '/faq', '/faq.html', '/programs/sacot', '/404.html', '/no-such-page', '/robots.txt']) {
      expect(netlifyHeadersFor(netlify, address), address).toEqual(everyHeader)
    }
    for (const file of ['index.html', 'faq.html', 'programs/sacot.html', '404.html', 'robots.txt']) {
      expect(serveHeadersFor(serve, file), file).toEqual(everyHeader)
    }
    const nginx = nginxServerBlock({ siteHeaders: SITE_WIDE_HEADERS })
    expect(nginxHeadersFor(nginx, 'server')).toEqual(everyHeader)
    expect(nginx).toContain('error_page 404 /404.html;')
  })

  it('caches build output for a year, with the same headers besides', () => {
    expect(netlifyHeadersFor(netlifyHeadersFile(SITE_WIDE_HEADERS), '/_next/static/media/icon.svg')).toEqual(assetHeaders)
    expect(serveHeadersFor(serveConfig(SITE_WIDE_HEADERS), '_next/static/media/icon.svg')).toEqual(assetHeaders)
    // nginx: a location with add_header of its own inherits none, so this one lists them all.
    expect(nginxHeadersFor(nginxServerBlock({ siteHeaders: SITE_WIDE_HEADERS }), '/_next/static/')).toEqual(assetHeaders)
  })

  it('never sets a header in two rules of _headers that match one address, which Cloudflare would join', () => {
    // netlifyHeadersFor throws when two matching rules set one header; this address matches both rules.
    expect(() => netlifyHeadersFor(netlifyHeadersFile(SITE_WIDE_HEADERS), '/_next/static/x.svg')).not.toThrow()
  })

  it('writes nginx for any root and listen address, with compression and clean addresses', () => {
    const nginx = nginxServerBlock({ siteHeaders: SITE_WIDE_HEADERS, root: '/srv/site', listen: ['127.0.0.1:3311'] })
    expect(nginx).toContain('    listen 127.0.0.1:3311;\n')
    expect(nginx).toContain('    root /srv/site;\n')
    expect(nginx).toContain('    gzip on;\n')
    expect(nginx).toMatch(/gzip_types [^;]*text\/css/)
    // Only page-shaped addresses redirect: a backslash or dot can never reach Location.
    expect(nginx).toContain('rewrite "^((?:/[a-z0-9-]+)+)/$" $1 permanent;')
    expect(nginx).toContain('location ~ "^((?:/[a-z0-9-]+)+)\\.html$" {\n        return 301 $1;')
  })

  it('writes all three files, and refuses a build without 404.html', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'))
    const deploy = `${out}-deploy`
    try {
      fs.writeFileSync(path.join(out, 'index.html'), '<h1>Home</h1>')
      expect(() => writeHostConfig(SITE_WIDE_HEADERS, out, deploy)).toThrow(/404\.html is missing/)
      fs.writeFileSync(path.join(out, '404.html'), '<h1>Not found</h1>')
      const written = writeHostConfig(SITE_WIDE_HEADERS, out, deploy)
      expect(written).toEqual([path.join(out, '_headers'), path.join(deploy, 'nginx.conf'), path.join(deploy, 'serve.json')])
      expect(fs.readFileSync(path.join(out, '_headers'), 'utf8')).toBe(netlifyHeadersFile(SITE_WIDE_HEADERS))
      expect(JSON.parse(fs.readFileSync(path.join(deploy, 'serve.json'), 'utf8'))).toEqual(serveConfig(SITE_WIDE_HEADERS))
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
      fs.rmSync(deploy, { recursive: true, force: true })
    }
  })
})
