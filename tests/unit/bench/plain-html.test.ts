import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { measurePage } from '@/bench/page-weight'
import { writePlainCopy } from '@/bench/plain-html'
import { removeRuntimeFromHtml } from '@/lib/build/remove-runtime'

/** A page shaped like Next's static export: script preloads, script files, the inline payload, JSON-LD. */
const NEXT_LIKE_PAGE = `<!DOCTYPE html><html lang="en"><head>
<link rel="stylesheet" href="/s.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>
<link rel="modulepreload" href="/_next/static/chunks/module.js"/>
<link rel="preload" href="/fonts/body.woff2" as="font" type="font/woff2" crossorigin=""/>
<link rel="icon" href="/icon.svg"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script type="application/ld+json">{"@type":"FAQPage"}</script>
</head><body><h1>Questions</h1><p>Call <a href="tel:+18005551234">800-555-1234</a>.</p>
<script>self.__next_f.push([1,"<h1>Questions</h1>"])</script><script type="module">import "/m.js"</script>
</body></html>`

describe('a page as plain HTML', () => {
  // The floor is made with the site's own after-build step.
  const plain = removeRuntimeFromHtml(NEXT_LIKE_PAGE)

  it('has no script a browser would run and no script preload', () => {
    expect(plain).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(plain).not.toContain('runtime.js')
    expect(plain).not.toContain('modulepreload')
    expect(plain).not.toContain('__next_f')
  })

  it('keeps everything else: content, stylesheet, font preload, icon and the JSON-LD data', () => {
    expect(plain).toContain('<h1>Questions</h1><p>Call <a href="tel:+18005551234">800-555-1234</a>.</p>')
    expect(plain).toContain('<link rel="stylesheet" href="/s.css">')
    expect(plain).toContain('as="font"')
    expect(plain).toContain('<link rel="icon" href="/icon.svg">')
    expect(plain).toContain('<script type="application/ld+json">{"@type":"FAQPage"}</script>')
  })
})

describe('a plain copy of a built site', () => {
  const temps: string[] = []
  afterEach(() => {
    for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('rewrites every HTML file at any depth, copies the rest, and leaves the original alone', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-'))
    temps.push(root)
    const out = path.join(root, 'out')
    fs.mkdirSync(path.join(out, 'programs'), { recursive: true })
    fs.mkdirSync(path.join(out, '_next', 'static', 'chunks'), { recursive: true })
    fs.mkdirSync(path.join(out, 'fonts'))
    for (const file of ['index.html', 'programs/sacot.html']) fs.writeFileSync(path.join(out, file), NEXT_LIKE_PAGE)
    for (const file of ['s.css', 'icon.svg', 'fonts/body.woff2', '_next/static/chunks/main.js', '_next/static/chunks/runtime.js', '_next/static/chunks/module.js']) {
      fs.writeFileSync(path.join(out, file), 'x'.repeat(500))
    }

    const copy = path.join(root, 'plain')
    expect(writePlainCopy(out, copy)).toBe(2)
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe(NEXT_LIKE_PAGE)
    expect(measurePage(out, '/programs/sacot').js).toBeGreaterThan(0)
    for (const route of ['/', '/programs/sacot']) {
      const weight = measurePage(copy, route)
      expect(weight.js).toBe(0)
      expect(weight.resources.map((resource) => resource.url)).toEqual(['/s.css', '/fonts/body.woff2', '/icon.svg'])
    }
  })
})
