import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  NeedsJavaScriptError,
  assertNoJavaScript,
  checkBuiltPages,
  checkSource,
  findJavaScriptInHtml,
  findJavaScriptInSource,
  isEditModeOnly,
  listSourceFiles,
} from '@/lib/build/javascript-guard'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'needs-javascript')
const fixture = (file: string) => fs.readFileSync(path.join(FIXTURES, file), 'utf8')

describe('the guard on the source', () => {
  it("names a client component ('use client') with its file and line", () => {
    expect(findJavaScriptInSource('components/menu-button.tsx', fixture('components/menu-button.tsx'))).toEqual([
      expect.objectContaining({ file: 'components/menu-button.tsx', line: 1, problem: expect.stringContaining("'use client'") }),
    ])
  })

  it('names a page that uses next/script, however it is imported', () => {
    expect(findJavaScriptInSource('app/page.tsx', fixture('app/page.tsx'))).toEqual([
      expect.objectContaining({ file: 'app/page.tsx', line: 1, problem: expect.stringContaining('next/script') }),
    ])
    const others = ["export { default } from 'next/script'", "const Script = await import('next/script')", "const Script = require('next/script')"]
    for (const text of others) expect(findJavaScriptInSource('lib/x.ts', text), text).toHaveLength(1)
  })

  it("leaves alone a file that only mentions 'use client' or next/script in comments and strings", () => {
    expect(findJavaScriptInSource('lib/mentions-only.ts', fixture('lib/mentions-only.ts'))).toEqual([])
  })

  it('reads app/, components/ and lib/ of a project, but not code for edit mode only', () => {
    expect(listSourceFiles(FIXTURES)).toEqual(['app/page.tsx', 'components/menu-button.tsx', 'lib/mentions-only.ts'])
    expect(fs.existsSync(path.join(FIXTURES, 'app/(editor)/keystatic/editor-app.tsx'))).toBe(true)
    expect(fs.existsSync(path.join(FIXTURES, 'app/tools.edit.tsx'))).toBe(true)
    expect(isEditModeOnly('app/(editor)/keystatic/editor-app.tsx')).toBe(true)
    expect(isEditModeOnly('app/tools.edit.tsx')).toBe(true)
    expect(isEditModeOnly('app/(site)/[[...slug]]/page.tsx')).toBe(false)
  })

  it('stops the build with every problem in one message', () => {
    const problems = checkSource(FIXTURES)
    expect(problems.map((p) => p.file)).toEqual(['app/page.tsx', 'components/menu-button.tsx'])
    expect(() => assertNoJavaScript(problems)).toThrow(NeedsJavaScriptError)
    try {
      assertNoJavaScript(problems)
    } catch (error) {
      const message = (error as Error).message
      expect(message).toMatch(/^The build stopped: the site must work without JavaScript, and these 2 things need it\./)
      expect(message).toContain("- components/menu-button.tsx, line 1: starts with 'use client'")
      expect(message).toContain('- app/page.tsx, line 1: uses next/script')
      expect(message).toContain('What to do: ')
    }
  })

  it("finds nothing in the site's own source: every component runs at build time only", () => {
    expect(checkSource()).toEqual([])
  })
})

describe('the guard on the built pages', () => {
  it('names an inline event handler and a javascript: address, with the line', () => {
    const problems = findJavaScriptInHtml('out/index.html', fixture('built/index.html'))
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, problem: expect.stringContaining('inline event handler, onclick="document.body.classList.toggle') }),
      expect.objectContaining({ line: 4, problem: expect.stringContaining('javascript: address in href on a <a>') }),
    ])
  })

  it('names a form that posts, a script that would run, and a link that loads a script; a form that gets is fine', () => {
    const problems = findJavaScriptInHtml('out/contact.html', fixture('built/contact.html'))
    expect(problems.map((p) => [p.line, p.problem.split(/[.,]/)[0]])).toEqual([
      [1, 'has a <link> that loads the script /_next/static/chunks/app'],
      [3, 'has a <form method="post">'],
      [5, "has a <script> that would run in the reader's browser"],
    ])
  })

  it('passes a page of HTML and CSS with structured data', () => {
    expect(findJavaScriptInHtml('out/ok.html', fixture('built/ok.html'))).toEqual([])
  })

  it('checks every page of a build folder, named as in the project', () => {
    expect(checkBuiltPages(path.join(FIXTURES, 'built')).map((p) => p.file)).toEqual([
      'built/contact.html',
      'built/contact.html',
      'built/contact.html',
      'built/index.html',
      'built/index.html',
    ])
  })
})
