/**
 * The content check is bounded and never crashes (L3, L4): any page, however odd, gets messages
 * naming its file and line, never a stack trace. Timings are in bench/content-check-cost.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content-check'
import { piecesOf, sentenceCount, wordsOf } from '@/lib/content-check/segments'

const GOOD_PAGE = fs.readFileSync('tests/fixtures/good/new-page.mdx', 'utf8')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** The check's problems with one English page whose text ends with `body`. */
async function problemsWith(body: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounded-'))
  dirs.push(dir)
  fs.mkdirSync(path.join(dir, 'en'))
  const text = `${GOOD_PAGE.replace(/^!\[.*$/m, '')}\n${body}\n`
  fs.writeFileSync(path.join(dir, 'en', 'odd.mdx'), text)
  const report = await checkContent({ dir, today: '2026-12-01' })
  return { line: text.split('\n').indexOf(body.split('\n')[0]) + 1, problems: report.problems.filter((p) => p.file.endsWith('/en/odd.mdx')) }
}

describe('odd pages get a message with their file and line, never a crash (L4)', () => {
  it('a link with a bad % code', async () => {
    const { line, problems } = await problemsWith('See [this](/%) and [that](/faq%zz).')
    expect(problems.filter((p) => p.message.includes('% sign'))).toEqual([
      expect.objectContaining({ line, message: 'The link "/%" has a % sign that is not part of a valid code (like %20).' }),
      expect.objectContaining({ line, message: 'The link "/faq%zz" has a % sign that is not part of a valid code (like %20).' }),
    ])
  })

  it.each([
    ['2,000 quote markers', `${'>'.repeat(2000)} deep`],
    ['1,000 list markers', `${'- '.repeat(1000)}x`],
    ['30,000 list markers (quadratic before: over ten minutes)', `${'- '.repeat(30000)}x`],
    ['lists indented 100 levels', Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
  ])('%s', async (_, body) => {
    const { problems } = await problemsWith(body)
    const deep = problems.find((p) => p.message.includes('more than 20 deep'))
    expect(deep, JSON.stringify(problems)).toBeDefined()
    expect(deep!.line).toBeGreaterThan(0)
  }, 60_000)

  it('lists and quotes as pages use them pass', async () => {
    const { problems } = await problemsWith('> A quote\n>\n> - with a list\n>   - inside it\n\n1. One\n   - a\n     - b')
    expect(problems.filter((p) => p.message.includes('deep'))).toEqual([])
  })
})

describe('sentences and words of a long block, counted in pieces (L3)', () => {
  it('cuts at spaces, never inside a word, in pieces of at most 1,000 characters', () => {
    const text = 'word '.repeat(38000)
    const pieces = piecesOf(text)
    expect(pieces.join('')).toBe(text)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1000)
    expect(pieces.every((p) => p.endsWith(' '))).toBe(true)
  })

  it('counts as the whole block would be counted', () => {
    const en = new Intl.Segmenter('en', { granularity: 'sentence' })
    const words = new Intl.Segmenter('en', { granularity: 'word' })
    const text = `${'One short sentence here. '.repeat(200)}And ${'on and '.repeat(400)}to the end.`
    expect(sentenceCount(en, text)).toBe([...en.segment(text)].filter((s) => s.segment.trim()).length)
    expect([...wordsOf(words, text)].length).toBe([...words.segment(text)].filter((s) => s.isWordLike).length)
    expect(sentenceCount(en, 'word '.repeat(38000))).toBe(1)
  })
})
