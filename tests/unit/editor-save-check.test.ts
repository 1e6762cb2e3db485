import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { problemsInEditorSave, updateYamlKeepingComments, withoutEmptyLists } from '@/lib/editor-save-check'

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

describe('the facts file saved from the form', () => {
  it('keeps its comments, order and quoting, and changes only the values that changed', () => {
    const fromForm = stringify({ ...parse(facts), coOccurringShare: { en: 'about half of them', es: 'alrededor de la mitad' } })
    const changed = (parse(facts) as { programs: { weeks?: number }[] })
    changed.programs[0].weeks = 13
    const out = updateYamlKeepingComments(facts, stringify({ ...changed }))
    expect(out).toBe(facts.replace(/^ {4}weeks: 12$/m, '    weeks: 13'))
    expect(updateYamlKeepingComments(facts, fromForm)).toBe(facts.replace('  en: about half\n', '  en: about half of them\n'))
  })

  it('drops a field the form left out, and adds one it added', () => {
    const data = parse(facts) as { organization: Record<string, unknown> }
    data.organization.hours = { en: 'Monday to Friday', es: 'De lunes a viernes' }
    const out = updateYamlKeepingComments(facts, stringify(data))
    expect(parse(out)).toEqual(data)
    expect(out).toContain('# Program facts: the one place')
    delete data.organization.hours
    expect(parse(updateYamlKeepingComments(out, stringify(data)))).toEqual(parse(facts))
  })

  it('keeps a phone number a string', () => {
    const data = parse(facts) as { organization: { phone: string } }
    data.organization.phone = '+17045550123'
    expect((parse(updateYamlKeepingComments(facts, stringify(data))) as typeof data).organization.phone).toBe('+17045550123')
  })
})
