import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { govukReferenceHtml, mainContentAsGovuk, writeGovukReference } from '@/bench/govuk-reference'
import { dataUrlContent, linkedServeConfig, linkStylesheetsInHtml, writeLinkedCopy } from '@/bench/linked-stylesheet'
import { measurePage, readPage } from '@/bench/page-weight'
import { iconDataUrl, inlineStyles, linkedStylesheets } from '@/lib/build/inline-assets'

const CSS = 'body{color:#1a1a1a}'
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b5563"/></svg>'
const SITE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${CSS}</style><title>Help</title><link rel="icon" href="${iconDataUrl(Buffer.from(SVG), 'icon.svg')}" type="image/svg+xml"></head>` +
  '<body><header class="site-header">Anuvia</header><main id="main-content" class="mx-auto"><div class="prose"><h1 class="text-3xl">Help</h1><p class="lead">Call <a href="tel:988" class="crisis-link">988</a>.</p><ul><li>One</li></ul></div></main></body></html>'

const temps: string[] = []
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ref-'))
  temps.push(dir)
  return dir
}

describe('the same pages with the stylesheet linked', () => {
  it('takes the <style> back out into a file, linked where it was, and the icon back into a file', () => {
    const linked = linkStylesheetsInHtml(SITE_PAGE)
    expect(inlineStyles(linked.html)).toEqual([])
    const [href] = linkedStylesheets(linked.html)
    expect(href).toMatch(/^\/_next\/static\/css\/[0-9a-f]{16}\.css$/)
    expect(linked.html).toContain(`<meta charset="utf-8"><link rel="stylesheet" href="${href}"><title>`)
    expect(linked.files.get(href)).toBe(CSS)
    expect(linked.html).toContain('<link rel="icon" href="/icon.svg"')
    expect(linked.files.get('/icon.svg')?.toString()).toBe(SVG)
  })

  it('can leave the icon inside, to tell the stylesheet from the icon', () => {
    const linked = linkStylesheetsInHtml(SITE_PAGE, 'inside')
    expect(linked.html).toContain('href="data:image/svg+xml,')
    expect([...linked.files.keys()]).toHaveLength(1)
  })

  it('reads SVG and base64 data: addresses back into files', () => {
    expect(dataUrlContent(iconDataUrl(Buffer.from(SVG), 'icon.svg'))?.content.toString()).toBe(SVG)
    expect(dataUrlContent('data:image/png;base64,iVBORw==')).toEqual({ extension: '.png', content: Buffer.from([137, 80, 78, 71]) })
    expect(dataUrlContent('/icon.svg')).toBeUndefined()
  })

  it('writes a copy whose pages wait for the stylesheet before they paint, served with the old policy', () => {
    const out = tempDir()
    fs.writeFileSync(path.join(out, 'index.html'), SITE_PAGE)
    const copy = path.join(tempDir(), 'out')
    expect(writeLinkedCopy(out, copy).files).toHaveLength(2)
    const weight = measurePage(copy, '/')
    expect(weight.requestsBeforeFirstPaint).toBe(2)
    expect(weight.requests).toBe(3)
    expect(measurePage(out, '/').requestsBeforeFirstPaint).toBe(1)
    const serve = JSON.stringify({ headers: [{ source: '**', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; style-src 'sha256-abc='; img-src 'self'" }] }] })
    expect(linkedServeConfig(serve)).toContain("style-src 'self'; img-src 'self'")
    expect(() => linkedServeConfig('{}')).toThrow(/no style-src/)
  })
})

describe('the GOV.UK Frontend reference page', () => {
  it("puts the site page's words in GOV.UK Frontend's classes, none of the site's", () => {
    const html = govukReferenceHtml(SITE_PAGE, 'Help')
    expect(html).toContain('<h1 class="govuk-heading-xl">Help</h1>')
    expect(html).toContain('<p class="govuk-body">Call <a href="tel:988" class="govuk-link">988</a>.</p>')
    expect(html).toContain('<ul class="govuk-list govuk-list--bullet">')
    expect(html).not.toMatch(/text-3xl|crisis-link|prose|site-header/)
    expect(() => mainContentAsGovuk('<p>No main</p>')).toThrow(/no <main>/)
  })

  it('links its CSS in the head and loads its JavaScript as a module, as the package template does', () => {
    const parts = readPage(govukReferenceHtml(SITE_PAGE, 'Help'))
    const found = parts.subresources.map((r) => `${r.url} ${r.via} ${r.blocksFirstPaint}`)
    expect(found).toContain('/stylesheets/govuk-frontend.min.css stylesheet true')
    expect(found).toContain('/javascripts/govuk-frontend.min.js script false')
    expect(parts.inlineScripts.join('\n')).toContain("import { initAll } from '/javascripts/govuk-frontend.min.js'; initAll()")
  })

  it('writes the page with the files from node_modules/govuk-frontend where it asks for them', () => {
    const siteOut = tempDir()
    fs.writeFileSync(path.join(siteOut, 'index.html'), SITE_PAGE)
    const dest = path.join(tempDir(), 'out')
    writeGovukReference(process.cwd(), path.join(siteOut, 'index.html'), dest)
    const weight = measurePage(dest, '/')
    expect(weight.css).toBeGreaterThan(10_000)
    expect(weight.js).toBeGreaterThan(5000)
    expect(weight.requestsBeforeFirstPaint).toBe(2)
    expect(fs.readdirSync(path.join(dest, 'assets', 'fonts')).some((file) => file.endsWith('.woff2'))).toBe(true)
  })
})
