import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { gzipSize, measurePage, readPage, transferSize } from '@/bench/page-weight'

const findSubresources = (html: string) => readPage(html).subresources

/** A page shaped like Next's static export: head tags, a nomodule polyfill, and the inline payload. */
const NEXT_LIKE_PAGE = `<!DOCTYPE html><html lang="en"><head>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>
<link rel="preload" href="/fonts/body.woff2" as="font" type="font/woff2" crossorigin=""/>
<link rel="prefetch" href="/_next/static/chunks/later.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script src="https://example.com/tracker.js"></script>
</head><body><h1>Hello</h1>
<img src="/photo.webp" alt="">
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/client-component.js\\"\\n3:I[9547,[\\"$2\\"],\\"default\\"]"])</script>
</body></html>`

describe('finding what a first visit downloads', () => {
  it('counts stylesheets, scripts, preloads, images and the chunks named in the inline payload, each once', () => {
    expect(findSubresources(NEXT_LIKE_PAGE)).toEqual([
      { url: '/_next/static/chunks/site.css', kind: 'css', via: 'stylesheet', blocksFirstPaint: true },
      { url: '/_next/static/chunks/runtime.js', kind: 'js', via: 'preload', blocksFirstPaint: false },
      { url: '/fonts/body.woff2', kind: 'font', via: 'preload', blocksFirstPaint: false },
      { url: '/_next/static/chunks/main.js', kind: 'js', via: 'script', blocksFirstPaint: false },
      { url: '/photo.webp', kind: 'image', via: 'img', blocksFirstPaint: false },
      { url: '/_next/static/chunks/client-component.js', kind: 'js', via: 'runtime', blocksFirstPaint: false },
      { url: '/favicon.ico', kind: 'image', via: 'favicon', blocksFirstPaint: false },
    ])
  })

  it('marks what the browser waits for before it paints: stylesheets and scripts that stop the parser', () => {
    const html = `<head><link rel="preload" href="/s.css" as="style"><link rel="stylesheet" href="/s.css">
      <script src="/sync.js"></script><script src="/a.js" async></script><script src="/d.js" defer></script><script type="module" src="/m.js"></script>
      <link rel="icon" href="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"></head>`
    expect(findSubresources(html).map((r) => `${r.url} ${r.blocksFirstPaint}`)).toEqual(['/s.css true', '/sync.js true', '/a.js false', '/d.js false', '/m.js false'])
  })

  it('skips nomodule scripts, prefetches and other hosts', () => {
    const urls = findSubresources(NEXT_LIKE_PAGE).map((resource) => resource.url)
    expect(urls).not.toContain('/_next/static/chunks/polyfills.js')
    expect(urls).not.toContain('/_next/static/chunks/later.js')
    expect(urls.some((url) => url.includes('example.com'))).toBe(false)
  })

  it('uses the icon a page links to instead of guessing /favicon.ico', () => {
    const resources = findSubresources('<html><head><link rel="icon" href="/icon.svg" type="image/svg+xml"/></head></html>')
    expect(resources).toEqual([{ url: '/icon.svg', kind: 'image', via: 'icon', blocksFirstPaint: false }])
  })

  it('does not count a stylesheet Next has inlined, though the payload still names it', () => {
    const html = `<head><style data-precedence="next" data-href="/_next/static/chunks/site.css">body{color:red}</style>
      <script src="/_next/static/chunks/main.js" async=""></script></head>
      <script>self.__next_f.push([1,":HL[\\"/_next/static/chunks/site.css\\",\\"style\\"]"])</script>`
    expect(findSubresources(html).map((resource) => resource.url)).toEqual(['/_next/static/chunks/main.js', '/favicon.ico'])
  })

  it('reads the page as a browser does: a tag in a comment is not fetched, entities in a URL are decoded', () => {
    const html = `<head><!-- <script src="/old.js"></script> --><LINK REL="Stylesheet" HREF='/s.css?v=1&amp;x=2'></head>`
    expect(findSubresources(html)).toEqual([
      { url: '/s.css?v=1&x=2', kind: 'css', via: 'stylesheet', blocksFirstPaint: true },
      { url: '/favicon.ico', kind: 'image', via: 'favicon', blocksFirstPaint: false },
    ])
  })

  it('keeps the code of inline scripts a browser runs, and leaves JSON-LD and other data out', () => {
    const html = `<script type="application/ld+json">{"@type":"FAQPage"}</script><script>self.a=1</script>
      <script type="module">self.b=2</script><script type="text/plain">not code</script>`
    expect(readPage(html).inlineScripts).toEqual(['self.a=1', 'self.b=2'])
  })
})

describe('measuring a built page', () => {
  let outDir: string
  afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }))

  function writeOut(files: Record<string, string | Buffer>) {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-weight-'))
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
      fs.writeFileSync(path.join(outDir, file), content)
    }
  }

  it('adds up gzip bytes by kind and counts requests, the document included', () => {
    const html = '<html><head><link rel="stylesheet" href="/s.css"><script src="/a.js"></script><script src="/b.js"></script><link rel="icon" href="/i.png"></head></html>'
    const css = 'body { color: black; }'.repeat(50)
    const js = 'console.log("hello");'.repeat(40)
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6])
    writeOut({ 'faq.html': html, 's.css': css, 'a.js': js, 'b.js': 'x', 'i.png': png })

    const weight = measurePage(outDir, '/faq')
    expect(weight.html).toBe(zlib.gzipSync(html).length)
    expect(weight.css).toBe(gzipSize(css))
    expect(weight.js).toBe(gzipSize(js) + gzipSize('x'))
    // Images are not gzipped by hosts: they count as they are.
    expect(weight.image).toBe(png.length)
    expect(weight.requests).toBe(5)
    expect(weight.resources.find((resource) => resource.url === '/s.css')?.rawBytes).toBe(css.length)
    // The stylesheet and the two scripts (they stop the parser) hold up the first paint; the icon does not.
    expect(weight.requestsBeforeFirstPaint).toBe(4)
    expect(weight.firstPaintBytes).toBe(weight.html + gzipSize(css) + gzipSize(js) + gzipSize('x'))
  })

  it('counts inline scripts against JavaScript, and JSON-LD not at all', () => {
    const code = 'self.__next_f.push([1,"payload"]);'.repeat(20)
    writeOut({ 'index.html': `<html><head><script type="application/ld+json">{"@type":"WebPage"}</script></head><body><script>${code}</script></body></html>` })
    const weight = measurePage(outDir, '/')
    expect(weight.js).toBe(gzipSize(code))
    expect(weight.inlineJs).toBe(gzipSize(code))
    expect(weight.requests).toBe(1)
  })

  it('finds no JavaScript in a page whose only script is JSON-LD', () => {
    writeOut({ 'index.html': '<html><head><script type="application/ld+json">{"@type":"WebPage"}</script></head></html>' })
    expect(measurePage(outDir, '/').js).toBe(0)
  })

  it('counts inline styles against CSS without a request', () => {
    const css = 'main { margin: 0 auto; }'.repeat(30)
    writeOut({ 'index.html': `<html><head><style data-href="/s.css">${css}</style></head></html>` })
    const weight = measurePage(outDir, '/')
    expect(weight.css).toBe(gzipSize(css))
    expect(weight.requests).toBe(1)
    expect(weight.requestsBeforeFirstPaint).toBe(1)
    expect(weight.firstPaintBytes).toBe(weight.html)
  })

  it('fails when the page asks for a script that is not there', () => {
    writeOut({ 'index.html': '<script src="/gone.js"></script>' })
    expect(() => measurePage(outDir, '/')).toThrow(/\/ asks for \/gone\.js \(script\)/)
  })

  it('does not count a /favicon.ico that the page never asked for and that does not exist', () => {
    writeOut({ 'index.html': '<h1>Hi</h1>' })
    expect(measurePage(outDir, '/').requests).toBe(1)
  })

  it('says to build first when a route has no HTML', () => {
    writeOut({ 'index.html': '' })
    expect(() => measurePage(outDir, '/missing')).toThrow(/No built page for \/missing.*npm run build/)
  })

  it('gzips text and leaves compressed formats alone', () => {
    const text = Buffer.from('a'.repeat(1000))
    expect(transferSize('x.js', text)).toBeLessThan(100)
    expect(transferSize('x.woff2', text)).toBe(1000)
  })
})
