import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-safe-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('components written so the page editor can open and save the page unchanged', () => {
  it('reports a panel inside a sentence and a fact inside bold text, with the line and what to do', async () => {
    fs.cpSync('content', dir, { recursive: true })
    fs.copyFileSync('tests/fixtures/bad/en/component-inside-sentence.mdx', path.join(dir, 'en', 'component-inside-sentence.mdx'))
    const report = await checkContent({ dir, today: '2026-11-27' })
    const problems = report.problems.filter((p) => p.file.endsWith('component-inside-sentence.mdx') && /page editor/.test(p.message))
    expect(problems.map((p) => [p.line, p.message, p.hint])).toEqual([
      [
        8,
        'The text of <CallUs> is on the same line as <CallUs>, so the page editor cannot open this page.',
        'Put <CallUs>, its text and </CallUs> each on a line of their own, with an empty line before and after.',
      ],
      [
        10,
        '<Fact> is inside bold text; the page editor would drop the bold when the page is saved.',
        'Move <Fact> out of the bold text, or write the words around it without bold.',
      ],
    ])
    expect(problems.every((p) => p.severity === 'error')).toBe(true)
  }, 60_000)
})
