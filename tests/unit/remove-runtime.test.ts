import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isRscPayloadFile, listFiles, removeRuntime, removeRuntimeFromHtml } from '@/lib/build/remove-runtime'

// The shape of a page from `next build` (Next 16, Turbopack), cut down.
const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
  '<link rel="preload" as="image" href="/picture.png"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<title>Questions</title><link rel="icon" href="/icon.svg" type="image/svg+xml"/>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main><h1>Questions</h1><p>Call <a href="tel:+17043767447">704-376-7447</a>.</p>',
  '<script type="application/ld+json">{"@type":"FAQPage","name":"</script\\u003e"}</script></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script type="module">import("/x.js")</script><script id="_R_">$RC("B:0","S:0")</script>',
  '</body></html>',
].join('')

describe('removing the runtime from a page', () => {
  const cleaned = removeRuntimeFromHtml(NEXT_PAGE)

  it('removes every script but structured data, and every script preload', () => {
    expect(cleaned).not.toMatch(/__next_f|\$RC|main\.js|polyfills|webpack\.js|module\.js|import\(/)
    expect(cleaned.match(/<script/g)).toHaveLength(1)
    expect(cleaned).toContain('<script type="application/ld+json">{"@type":"FAQPage","name":"</script\\u003e"}</script>')
  })

  it('keeps everything else: the stylesheet, other preloads, the icon, the text and the links', () => {
    expect(cleaned).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next">')
    expect(cleaned).toContain('<link rel="preload" as="image" href="/picture.png">')
    expect(cleaned).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml">')
    expect(cleaned).toContain('<main><h1>Questions</h1><p>Call <a href="tel:+17043767447">704-376-7447</a>.</p>')
    expect(cleaned).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/)
  })

  it('changes nothing in a page that has no runtime', () => {
    expect(removeRuntimeFromHtml(cleaned)).toBe(cleaned)
  })
})

describe('removing the runtime from a build', () => {
  it('rewrites the pages, deletes RSC payloads and unused scripts, keeps everything else', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'))
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
      fs.writeFileSync(path.join(out, file), text)
    }
    try {
      write('index.html', NEXT_PAGE)
      write('index.txt', '1:"$Sreact.fragment"')
      write('faq.html', NEXT_PAGE)
      write('faq.txt', '1:"$Sreact.fragment"')
      write('faq/__next._full.txt', '0:{}')
      write('faq/__next.$d$slug.__PAGE__.txt', '0:{}')
      write('robots.txt', 'User-agent: *')
      write('_next/static/chunks/main.js', 'x')
      write('_next/static/chunks/site.css', 'h1{}')
      write('_next/static/build-id/_buildManifest.js', 'x')
      write('icon.svg', '<svg/>')

      const result = removeRuntime(out)
      expect(result.pages.map((p) => p.file)).toEqual(['faq.html', 'index.html'])
      for (const page of result.pages) expect(page.bytesAfter).toBeLessThan(page.bytesBefore)
      expect(result.deleted).toEqual([
        '_next/static/build-id/_buildManifest.js',
        '_next/static/chunks/main.js',
        'faq.txt',
        'faq/__next.$d$slug.__PAGE__.txt',
        'faq/__next._full.txt',
        'index.txt',
      ])
      expect(listFiles(out)).toEqual(['_next/static/chunks/site.css', 'faq.html', 'icon.svg', 'index.html', 'robots.txt'])
      expect(fs.existsSync(path.join(out, 'faq'))).toBe(false)
      expect(fs.readFileSync(path.join(out, 'faq.html'), 'utf8')).toBe(removeRuntimeFromHtml(NEXT_PAGE))
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  })

  it('keeps a script file that a page still refers to (the guard then stops the build on it)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'out-'))
    try {
      fs.mkdirSync(path.join(out, '_next'))
      fs.writeFileSync(path.join(out, '_next', 'used.js'), 'x')
      fs.writeFileSync(path.join(out, 'index.html'), '<a href="/_next/used.js">download</a>')
      expect(removeRuntime(out).deleted).toEqual([])
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  })

  it('tells RSC payloads from other text files', () => {
    const files = new Set(['faq.html', 'faq.txt', 'robots.txt', 'notes.txt'])
    expect(isRscPayloadFile('faq.txt', files)).toBe(true)
    expect(isRscPayloadFile('faq/__next._tree.txt', files)).toBe(true)
    expect(isRscPayloadFile('robots.txt', files)).toBe(false)
    expect(isRscPayloadFile('notes.txt', files)).toBe(false)
    expect(isRscPayloadFile('faq.html', files)).toBe(false)
  })
})
