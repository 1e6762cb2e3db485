import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeHostConfig } from '@/lib/build/host-config'
import {
  builtStyleHashes,
  cssForInlining,
  iconDataUrl,
  inlineAssets,
  inlineAssetsInHtml,
  inlineStyles,
  InlineAssetsError,
  linkedStylesheets,
  styleHash,
} from '@/lib/build/inline-assets'
import { siteWideHeaders } from '@/lib/build/security-headers'

const CSS = 'body{color:#1a1a1a}.a>b{content:"x"}\n'
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n  <rect width="32" height="32" fill="#0b5563"/>\n</svg>\n'
const page = (head: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>T</title><link rel="icon" href="/icon.svg?v=1" type="image/svg+xml"></head><body><h1>Hi</h1></body></html>`
const files: Record<string, string> = { '_next/static/chunks/site.css': CSS, 'icon.svg': ICON }
const read = (file: string) => (file in files ? Buffer.from(files[file]) : undefined)

describe('one page with its stylesheet and icon inside', () => {
  const html = page('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next">')
  const result = inlineAssetsInHtml(html, 'faq.html', read)

  it('puts the rules in a <style> where the link was, and links no stylesheet', () => {
    expect(result.stylesheets).toEqual(['_next/static/chunks/site.css'])
    expect(result.html).toContain(`<meta charset="utf-8"><style>${CSS}</style><title>`)
    expect(linkedStylesheets(result.html)).toEqual([])
    expect(linkedStylesheets(html)).toEqual(['/_next/static/chunks/site.css'])
  })

  it('writes the rules as they are, so the hash of what the browser reads is the hash of the file', () => {
    // ">" and quotes in CSS must not become character references inside <style>.
    expect(inlineStyles(result.html)).toEqual([CSS])
    expect(inlineStyles(result.html).map(styleHash)).toEqual([styleHash(CSS)])
  })

  it('gives the icon as a data: address that holds the same picture', () => {
    expect(result.icons).toEqual(['icon.svg'])
    const href = /<link rel="icon" href="([^"]+)"/.exec(result.html)?.[1]
    expect(href).toMatch(/^data:image\/svg\+xml,/)
    expect(href).not.toMatch(/[<>#"]|&#/)
    // A valid URL: no space or other whitespace (the Nu HTML Checker reported one on every page).
    expect(href).not.toMatch(/\s/)
    expect(() => new URL(href!)).not.toThrow()
    const svg = decodeURIComponent(href!.slice('data:image/svg+xml,'.length))
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"> <rect width="32" height="32" fill="#0b5563"/> </svg>')
  })

  it('gives a PNG icon as base64', () => {
    expect(iconDataUrl(Buffer.from([137, 80, 78, 71]), 'icon.png')).toBe('data:image/png;base64,iVBORw==')
    expect(() => iconDataUrl(Buffer.from('x'), 'icon.gif')).toThrow(/SVG, PNG or ICO/)
  })

  it('drops a preload of the stylesheet, which would fetch it a second time', () => {
    const preloaded = inlineAssetsInHtml(page('<link rel="preload" href="/_next/static/chunks/site.css" as="style"><link rel="stylesheet" href="/_next/static/chunks/site.css">'), 'a.html', read)
    expect(preloaded.html).not.toContain('preload')
    expect(inlineStyles(preloaded.html)).toEqual([CSS])
  })
})

describe('what stops the build', () => {
  const fails = (head: string, extra: Record<string, string> = {}) => () =>
    inlineAssetsInHtml(page(head), 'faq.html', (file) => (file in extra ? Buffer.from(extra[file]) : read(file)))

  it('a stylesheet that is not in out/, naming the page and the file', () => {
    expect(fails('<link rel="stylesheet" href="/gone.css">')).toThrow(/faq\.html links to \/gone\.css \(stylesheet\), which is not in out\//)
  })

  it('a stylesheet on another server', () => {
    expect(fails('<link rel="stylesheet" href="https://cdn.example/x.css">')).toThrow(InlineAssetsError)
    expect(fails('<link rel="stylesheet" href="https://cdn.example/x.css">')).toThrow(/not a file of the site/)
  })

  it('CSS that would end the <style> element, an @import, or a relative url()', () => {
    expect(fails('<link rel="stylesheet" href="/a.css">', { 'a.css': 'a::after{content:"</style>"}' })).toThrow(/a\.css contains "<\/style"/)
    expect(fails('<link rel="stylesheet" href="/a.css">', { 'a.css': '@import "b.css";' })).toThrow(/@import/)
    expect(fails('<link rel="stylesheet" href="/a.css">', { 'a.css': 'a{background:url(../media/x.png)}' })).toThrow(/url\(\.\.\/media\/x\.png\)/)
  })

  it('but not absolute or data: addresses in url()', () => {
    expect(cssForInlining('a{background:url("/media/x.png")}b{background:url(data:image/png;base64,AA==)}', 'a.css')).toContain('url("/media/x.png")')
  })
})

describe('CSS as it can stand in a page', () => {
  it('loses its source-map comment and its CR LF line ends (the HTML parser reads CR LF as LF)', () => {
    expect(cssForInlining('a{color:red}\r\nb{color:blue}\n/*# sourceMappingURL=site.css.map */', 'site.css')).toBe('a{color:red}\nb{color:blue}\n')
    const html = inlineAssetsInHtml(page('<link rel="stylesheet" href="/x.css">'), 'a.html', () => Buffer.from('a{color:red}\r\nb{color:blue}')).html
    expect(inlineStyles(html).map(styleHash)).toEqual([styleHash('a{color:red}\nb{color:blue}')])
  })
})

describe('every page of a build', () => {
  let out: string | undefined
  afterEach(() => {
    if (out) {
      fs.rmSync(out, { recursive: true, force: true })
      fs.rmSync(`${out}-deploy`, { recursive: true, force: true })
    }
  })

  function build(css: string): string {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'inline-out-'))
    fs.mkdirSync(path.join(out, '_next/static/chunks'), { recursive: true })
    fs.mkdirSync(path.join(out, 'programs'))
    fs.writeFileSync(path.join(out, '_next/static/chunks/site.css'), css)
    fs.writeFileSync(path.join(out, 'icon.svg'), ICON)
    for (const file of ['index.html', '404.html', 'programs/sacot.html']) {
      fs.writeFileSync(path.join(out, file), page('<link rel="stylesheet" href="/_next/static/chunks/site.css">'))
    }
    return out
  }

  it('puts the stylesheet in every page, deletes the file, and returns the hash for the policy', () => {
    const dir = build(CSS)
    const result = inlineAssets(dir)
    expect(result.pages).toBe(3)
    expect(result.stylesheets).toEqual([{ file: '_next/static/chunks/site.css', bytes: Buffer.byteLength(CSS), hash: styleHash(CSS) }])
    expect(result.styleHashes).toEqual([styleHash(CSS)])
    expect(builtStyleHashes(dir)).toEqual([styleHash(CSS)])
    expect(result.deleted).toEqual(['_next/static/chunks/site.css'])
    // The folder left empty goes too.
    expect(fs.existsSync(path.join(dir, '_next'))).toBe(false)
    for (const file of ['index.html', '404.html', 'programs/sacot.html']) {
      const html = fs.readFileSync(path.join(dir, file), 'utf8')
      expect(linkedStylesheets(html), file).toEqual([])
      expect(inlineStyles(html), file).toEqual([CSS])
    }
  })

  it('writes host files whose policy follows the stylesheet: another stylesheet, another hash', () => {
    const policyOf = (css: string) => {
      const dir = build(css)
      writeHostConfig(siteWideHeaders(inlineAssets(dir).styleHashes), dir, `${dir}-deploy`)
      const headers = fs.readFileSync(path.join(dir, '_headers'), 'utf8')
      fs.rmSync(`${dir}-deploy`, { recursive: true, force: true })
      fs.rmSync(dir, { recursive: true, force: true })
      return /Content-Security-Policy: (.*)/.exec(headers)?.[1]
    }
    const first = policyOf(CSS)
    const second = policyOf(`${CSS}a{color:red}`)
    expect(first).toContain(`style-src '${styleHash(CSS)}';`)
    expect(second).toContain(`style-src '${styleHash(`${CSS}a{color:red}`)}';`)
    expect(first).not.toBe(second)
  })
})
