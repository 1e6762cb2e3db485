import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { problemsInEditorSave, withoutEmptyLists } from '@/lib/editor-save-check'

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const facts = fs.readFileSync('content/program-facts.yaml', 'utf8')
const page = fs.readFileSync('content/faq.mdx', 'utf8')

describe('what the editor may write', () => {
  it('lets the facts and pages as they are be saved', () => {
    expect(
      problemsInEditorSave([
        { path: 'content/program-facts.yaml', contents: base64(facts) },
        { path: 'content/faq.mdx', contents: base64(page) },
      ]),
    ).toEqual([])
  })

  it('refuses facts that contradict each other, with the schema message naming the field', () => {
    const [problem] = problemsInEditorSave([
      { path: 'content/program-facts.yaml', contents: base64(facts.replace(/minWeeks: \d+/, 'minWeeks: 9')) },
    ])
    expect(problem).toContain('continuingCare.minWeeks: The shortest length (9 weeks) is longer than the longest (6 weeks).')
    expect(problem).toContain('Fix them in the form, then save again')
  })

  it('refuses a page whose details the build would reject', () => {
    const problems = problemsInEditorSave([{ path: 'content/faq.mdx', contents: base64(page.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30')) }])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^content\/faq\.mdx:\d+:\d+ error: lastReviewed: This is not a real date/)
  })

  it('leaves other files alone', () => {
    expect(problemsInEditorSave([{ path: 'public/images/x.svg', contents: base64('<svg/>') }])).toEqual([])
  })
})

describe('empty lists in a page the editor writes', () => {
  it('are left out of the details block, and nothing else changes', () => {
    const written = '---\ntitle: A\nsources: []\nguidance: []\nreviewedBy: Web content team\n---\n\nsources: []\n'
    const [out] = withoutEmptyLists([{ path: 'content/a.mdx', contents: base64(written) }])
    expect(Buffer.from(out.contents, 'base64').toString('utf8')).toBe('---\ntitle: A\nreviewedBy: Web content team\n---\n\nsources: []\n')
  })

  it('are left as they are in other files', () => {
    const facts = { path: 'content/program-facts.yaml', contents: base64('helpsYou: []\n') }
    expect(withoutEmptyLists([facts])).toEqual([facts])
  })
})
