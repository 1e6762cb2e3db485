/**
 * npx tsx bench/content-check-cost.ts
 *
 * How long the content check takes on one page of about 190 KB (under the 200 KB cap) of each
 * shape that once made it slow or crash: one long sentence, emphasis openers, list and quote
 * markers, link definitions, a long table. Each is checked alone, on a copy of content/ with the
 * page added. Prints a Markdown table; the numbers belong to the machine they ran on.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkContent } from '@/lib/content-check'

const SIZE = 190_000
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length))
const SHAPES: [string, string][] = [
  ['one sentence of 38,000 words', fill('word ')],
  ['emphasis openers (*a )', fill('*a ')],
  ['list markers on one line (- )', `${fill('- ')}x`],
  ['quote markers (>)', `${fill('>')} deep`],
  ['link definitions', Array.from({ length: 5000 }, (_, i) => `[d${i}]: https://www.samhsa.gov/${i}`).join('\n\n')],
  ['a table of 5,000 rows', `| a | b |\n| - | - |\n${fill('| x | y |\n')}`],
  ['short paragraphs', fill('A short sentence that reads well.\n\n')],
]

const header = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/good/new-page.mdx'), 'utf8').replace(/^!\[.*$/m, '')
console.log('| page of about 190 KB | seconds | problems |\n| --- | --- | --- |')
for (const [name, body] of SHAPES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cost-'))
  try {
    fs.cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'en', 'zz-cost.mdx'), `${header}\n${body}\n`)
    const start = performance.now()
    const report = await checkContent({ dir, today: new Date().toISOString().slice(0, 10) })
    const seconds = (performance.now() - start) / 1000
    console.log(`| ${name} | ${seconds.toFixed(1)} | ${report.problems.filter((p) => p.file.endsWith('zz-cost.mdx')).length} |`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
