/**
 * Heading ids never collide with the ids of the page's frame or its sources (L11), and footnotes,
 * whose labels would be English on every page, are refused (L12).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'

const GOOD_PAGE = fs.readFileSync('tests/fixtures/good/new-page.mdx', 'utf8').replace(/^!\[.*$/m, '')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function errorsWith(body: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ids-'))
  dirs.push(dir)
  fs.mkdirSync(path.join(dir, 'en'))
  fs.writeFileSync(path.join(dir, 'en', 'ids.mdx'), `${GOOD_PAGE}\n${body}\n`)
  const report = await checkContent({ dir, today: '2026-12-01' })
  return report.problems.filter((p) => p.file.endsWith('/en/ids.mdx') && p.severity === 'error').map((p) => p.message)
}

describe('heading ids (L11)', () => {
  it.each([
    ['## Main content', 'main-content'],
    ['## Source cred', 'source-cred'],
    ['## Page sources title', 'page-sources-title'],
  ])('refuses "%s", whose id #%s the page already uses', async (heading, id) => {
    expect(await errorsWith(heading)).toContainEqual(expect.stringContaining(`This heading's link name ("#${id}") is one the page already uses`))
  })

  it('refuses a footnote in a heading, whose id the build and the link check would read differently', async () => {
    expect(await errorsWith('## Costs[^2]\n\n[^2]: A note.\n\nSee [costs](#costs).')).toContainEqual(expect.stringMatching(/^Footnotes/))
  })

  it('lets other headings be', async () => {
    expect((await errorsWith('## What it costs')).filter((m) => m.includes('link name'))).toEqual([])
  })
})
