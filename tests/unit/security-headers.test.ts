import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  HSTS_MAX_AGE_SECONDS,
  SITE_WIDE_HEADERS,
  contentSecurityPolicy,
  inlineScriptHashes,
  scriptHash,
} from '@/lib/security-headers'
import {
  headersForPage,
  htmlPagePolicies,
  netlifyHeadersFile,
  nginxServerBlock,
  routeForHtmlFile,
  serveConfig,
  writeHostConfig,
  type HtmlPagePolicy,
} from '@/lib/host-config'
import { netlifyHeadersFor, nginxHeadersFor, serveHeadersFor } from '../e2e/host-files'

const header = (name: string) => SITE_WIDE_HEADERS.find((h) => h.name === name)?.value

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
  it('hashes a script the way browsers do (the example of the CSP specification)', () => {
    expect(scriptHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=')
  })

  it('hashes inline scripts that run, and only those', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>first()</script>',
      '<script id="_R_">second()</script>',
      '<script type="module">third()</script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      '<script type="application/json">{}</script>',
      '<script>first()</script>',
      '<script>a()\r\nb()</script>',
    ].join('')
    expect(inlineScriptHashes(html)).toEqual([
      scriptHash('first()'),
      scriptHash('second()'),
      scriptHash('third()'),
      scriptHash('a()\nb()'),
    ])
  })

  it('allows exactly the listed hashes, nothing inline or from elsewhere', () => {
    const policy = contentSecurityPolicy(['sha256-abc=', 'sha256-def='])
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives['script-src']).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"])
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['base-uri']).toEqual(["'self'"])
    expect(directives['form-action']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['img-src']).toEqual(["'self'", 'data:'])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(policy).not.toMatch(/unsafe|https?:|\*/)
  })
})

describe('host configuration', () => {
  it('maps each HTML file to the address it is served at', () => {
    expect(routeForHtmlFile('index.html')).toBe('/')
    expect(routeForHtmlFile('faq.html')).toBe('/faq')
    expect(routeForHtmlFile('programs.html')).toBe('/programs')
    expect(routeForHtmlFile('programs/sacot.html')).toBe('/programs/sacot')
    expect(routeForHtmlFile('programs/index.html')).toBe('/programs')
    expect(routeForHtmlFile('404.html')).toBeUndefined()
  })

  const pages: HtmlPagePolicy[] = [
    { file: 'index.html', route: '/', contentSecurityPolicy: contentSecurityPolicy(['sha256-home=']) },
    { file: 'faq.html', route: '/faq', contentSecurityPolicy: contentSecurityPolicy(['sha256-faq=']) },
    { file: 'programs/sacot.html', route: '/programs/sacot', contentSecurityPolicy: contentSecurityPolicy(['sha256-sacot=']) },
    { file: '404.html', route: undefined, contentSecurityPolicy: contentSecurityPolicy(['sha256-missing=']) },
  ]

  it('gives each page the same headers on Netlify/Cloudflare, nginx and serve', () => {
    const netlify = netlifyHeadersFile(pages)
    const nginx = nginxServerBlock(pages)
    const serve = serveConfig(pages)
    for (const page of pages) {
      const expected = Object.fromEntries(headersForPage(page).map((h) => [h.name, h.value]))
      expect(serveHeadersFor(serve, page.file)).toEqual(expected)
      expect(netlifyHeadersFor(netlify, `/${page.file}`)).toEqual(expected)
      if (page.route) {
        expect(netlifyHeadersFor(netlify, page.route)).toEqual(expected)
        expect(nginxHeadersFor(nginx, `= ${page.route}`)).toEqual(expected)
      } else {
        expect(nginxHeadersFor(nginx, `= /${page.file}`)).toEqual(expected)
        expect(nginx).toContain(`error_page 404 /${page.file};`)
      }
    }
  })

  it('never puts a policy in the catch-all rule of _headers, where Cloudflare would join two', () => {
    const catchAll = netlifyHeadersFile(pages).split('\n\n').find((block) => block.startsWith('/*\n'))
    expect(catchAll).toBeDefined()
    expect(catchAll).not.toContain('Content-Security-Policy')
  })

  it('writes all three files from the HTML of a build, and refuses a build without 404.html', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'))
    const deploy = path.join(out, '..', `${path.basename(out)}-deploy`)
    fs.mkdirSync(path.join(out, 'programs'))
    fs.writeFileSync(path.join(out, 'index.html'), '<script>home()</script>')
    fs.writeFileSync(path.join(out, 'programs', 'sacot.html'), '<script>sacot()</script>')
    expect(() => writeHostConfig(out, deploy)).toThrow(/404\.html is missing/)

    fs.writeFileSync(path.join(out, '404.html'), '<script>missing()</script>')
    const written = writeHostConfig(out, deploy).map((file) => path.relative(path.dirname(out), file))
    expect(written).toEqual([`${path.basename(out)}/_headers`, `${path.basename(deploy)}/nginx.conf`, `${path.basename(deploy)}/serve.json`])
    const policies = htmlPagePolicies(out)
    expect(policies.map((p) => [p.file, p.route])).toEqual([['404.html', undefined], ['index.html', '/'], ['programs/sacot.html', '/programs/sacot']])
    expect(policies[2].contentSecurityPolicy).toContain(`'${scriptHash('sacot()')}'`)
    expect(policies[2].contentSecurityPolicy).not.toContain(`'${scriptHash('home()')}'`)
    fs.rmSync(out, { recursive: true })
    fs.rmSync(deploy, { recursive: true })
  })
})
