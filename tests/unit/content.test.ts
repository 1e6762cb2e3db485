import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentFileForRoute, htmlFileForRoute, routeForContentFile, routeForHtmlFile } from '@/lib/base/addresses'
import { addOneYear, ContentError, formatProblem, getAllPages, parsePage } from '@/lib/content'

const good = `---
title: A good page
description: A description that is long enough to be shown in search results as it is.
lastReviewed: 2026-02-28
reviewedBy: Clinical director
---

Body text.
`

function problemsOf(source: string, file = 'example.mdx') {
  try {
    parsePage(source, file)
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
  return []
}

describe('content loader', () => {
  it('maps files to web addresses', () => {
    const cases = [
      ['en/index.mdx', '/', 'index.html'],
      ['en/faq.mdx', '/faq', 'faq.html'],
      ['en/programs/index.mdx', '/programs', 'programs.html'],
      ['en/programs/sacot.mdx', '/programs/sacot', 'programs/sacot.html'],
      ['en/families/support/groups.mdx', '/families/support/groups', 'families/support/groups.html'],
      ['es/faq.mdx', '/es/faq', 'es/faq.html'],
    ]
    for (const [file, route, html] of cases) {
      expect(routeForContentFile(file)).toBe(route)
      expect(htmlFileForRoute(route)).toBe(html)
      expect(routeForHtmlFile(html)).toBe(route)
    }
    expect(contentFileForRoute('/')).toBe('en/index.mdx')
    expect(contentFileForRoute('/programs/sacot')).toBe('en/programs/sacot.mdx')
    expect(contentFileForRoute('/es/programs/sacot')).toBe('es/programs/sacot.mdx')
    expect(contentFileForRoute('/es')).toBe('es/index.mdx')
    expect(routeForHtmlFile('programs/index.html')).toBe('/programs')
    expect(routeForHtmlFile('404.html')).toBeUndefined()
  })

  it('refuses two files with one address', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-'))
    try {
      fs.mkdirSync(path.join(dir, 'en', 'help'), { recursive: true })
      fs.writeFileSync(path.join(dir, 'en', 'help.mdx'), good)
      fs.writeFileSync(path.join(dir, 'en', 'help/index.mdx'), good)
      expect(() => getAllPages(dir)).toThrow(/help\/index\.mdx error: This page has the same web address \(\/help\) as .*help\.mdx/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reads a good page, with the next review one year after the last', () => {
    const page = parsePage(good, 'example.mdx')
    expect(page.frontmatter.title).toBe('A good page')
    expect(page.frontmatter.nextReview).toBe('2027-02-28')
    expect(page.body.trim()).toBe('Body text.')
    expect(page.bodyStartLine).toBe(7)
    expect(addOneYear('2028-02-29')).toBe('2029-03-01')
  })

  it('rejects bad frontmatter, naming the file, the line and the field', () => {
    const problems = problemsOf(good.replace('title: A good page', 'title: 42\ntitel: A good page'), 'faq.mdx')
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/faq\.mdx:2:8 error: title: /),
      expect.stringMatching(/^content\/faq\.mdx:3:1 error: titel: "titel" is not a field pages can have\. Did you mean "title"\?/),
    ])
  })

  it('holds source addresses to the rule of links in the text (L1)', () => {
    const page = fs.readFileSync('content/en/staying-safe.mdx', 'utf8')
    const real = 'https://www.cdc.gov/stop-overdose/response/index.html'
    expect(problemsOf(page, 'en/staying-safe.mdx')).toEqual([])
    for (const url of ['https://www.samhsa.gov@evil.example/path', '"https:\\\\evil.example\\\\x"', 'https://localhost:5601/keystatic', 'http://www.cdc.gov/x']) {
      const problems = problemsOf(page.replace(real, url), 'en/staying-safe.mdx')
      const line = page.split('\n').findIndex((text) => text.includes(real)) + 1
      expect(problems.map(formatProblem), url).toEqual([expect.stringMatching(new RegExp(`^content/en/staying-safe\\.mdx:${line}:\\d+ error: sources, item 1, url: Write the full address starting with https://`))])
    }
  })

  it('rejects a date that does not exist and a next review before the last', () => {
    const problems = problemsOf(good.replace('2026-02-28', '2026-02-30').replace('reviewedBy', 'nextReview: 2025-01-01\nreviewedBy'))
    expect(problems.map((p) => [p.field, p.message])).toEqual([['lastReviewed', 'This is not a real date. Check the month and the day.']])
    const backwards = problemsOf(good.replace('reviewedBy', 'nextReview: 2025-01-01\nreviewedBy'))
    expect(backwards.map((p) => p.field)).toEqual(['nextReview'])
  })

  it('reports YAML that cannot be read, with its line', () => {
    const problems = problemsOf(good.replace('title: A good page', 'title: Step 1: call us'))
    expect(problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/not written correctly/) })
  })

  it('collects the problems of every file before failing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-'))
    fs.mkdirSync(path.join(dir, 'en'))
    fs.writeFileSync(path.join(dir, 'en', 'one.mdx'), good.replace(/^description:.*$/m, ''))
    fs.writeFileSync(path.join(dir, 'en', 'two.mdx'), 'No frontmatter at all.')
    fs.writeFileSync(path.join(dir, 'en', 'three.mdx'), good)
    try {
      expect(() => getAllPages(dir)).toThrow(/one\.mdx:2:1 error: description: This field is missing[\s\S]*two\.mdx:1:1 error: This page has no frontmatter/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('lists the real pages, nested ones included', () => {
    const routes = getAllPages().map((p) => p.route)
    expect(routes).toContain('/')
    expect(routes).toContain('/faq')
    expect(routes).toContain('/programs/sacot')
  })
})
