import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { checkContent } from '@/lib/content-check'
import { inEditorWords, problemsInEditorSave, updateYamlKeepingComments, withoutEmptyLists } from '@/lib/editor/save-check'

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const facts = fs.readFileSync('content/program-facts.yaml', 'utf8')
const page = fs.readFileSync('content/en/faq.mdx', 'utf8')
const about = fs.readFileSync('content/en/about.mdx', 'utf8')

const TODAY = '2026-12-01'
const check = (additions: { path: string; contents: string }[], deletions: { path: string }[] = []) => problemsInEditorSave({ additions, deletions }, { today: TODAY })
const pageSave = (text: string, file = 'content/en/faq.mdx') => [{ path: file, contents: base64(text) }]

describe('a save is checked as the build checks it', () => {
  it('lets the facts and pages as they are be saved', async () => {
    expect(await check([{ path: 'content/program-facts.yaml', contents: base64(facts) }, ...pageSave(page)])).toEqual([])
  })

  it('refuses facts that contradict each other, led by the form labels', async () => {
    const [problem] = await check([{ path: 'content/program-facts.yaml', contents: base64(facts.replace(/minWeeks: \d+/, 'minWeeks: 9')) }])
    expect(problem).toBe(
      'Continuing care (the lighter step after a program), Shortest length in weeks: The shortest length (9 weeks) is longer than the longest (6 weeks). Make the shortest length the smaller number.',
    )
  })

  it('names a program by its name', async () => {
    const [problem] = await check([{ path: 'content/program-facts.yaml', contents: base64(facts.replace(/^ {4}weeks: 12$/m, '    weeks: 0')) }])
    expect(problem).toBe('Programs, Intensive Outpatient Program, Weeks: The number of weeks must be more than 0.')
  })

  it('refuses a page whose details the build would reject, led by the label', async () => {
    const problems = await check(pageSave(page.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30')))
    expect(problems).toEqual(['Last reviewed: This is not a real date. Check the month and the day.'])
  })

  it('refuses a review date in the future, with the content check\'s words', async () => {
    const problems = await check(pageSave(page.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2027-01-05')))
    expect(problems).toEqual(['Last reviewed: The last review date (2027-01-05) is in the future (today is 2026-12-01). What to do: Write the date the page was actually reviewed.'])
  })

  it('refuses a page holding code or HTML with the content check\'s own words, naming the line of the page text', async () => {
    const withCode = `${about}\nexport const x = 1\n\n{1 + 1}\n\n<div>Text</div>\n`
    const problems = await check(pageSave(withCode, 'content/en/about.mdx'))
    const lines = withCode.split('\n')
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      `Page text, line ${lines.indexOf('export const x = 1') + 1}`,
      `Page text, line ${lines.indexOf('{1 + 1}') + 1}`,
      `Page text, line ${lines.indexOf('<div>Text</div>') + 1}`,
    ])
    expect(problems[0]).toContain('Pages cannot contain import or export lines')
    // The same words as `npm run content:check` gives for the page as it would be saved.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'save-check-words-'))
    try {
      fs.cpSync('content', dir, { recursive: true })
      fs.writeFileSync(path.join(dir, 'en', 'about.mdx'), withCode)
      const shown = path.relative(process.cwd(), dir)
      const report = await checkContent({ dir, today: TODAY })
      const errors = report.problems.filter((p) => p.severity === 'error' && p.file === `${shown}/en/about.mdx`)
      expect(problems).toEqual(errors.map((p) => inEditorWords({ ...p, file: 'content/en/about.mdx' })))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a new page whose text the check refuses, and accepts a good one', async () => {
    // The fixture's picture is in the fixtures' public folder, not the site's.
    const good = fs.readFileSync('tests/fixtures/good/new-page.mdx', 'utf8').replace(/^!\[.*$/m, '')
    expect(await check(pageSave(good, 'content/en/for-referring-professionals.mdx'))).toEqual([])
    const [problem] = await check(pageSave(`${good}\n<Fact name="iop.wekes" />\n`, 'content/en/for-referring-professionals.mdx'))
    expect(problem).toMatch(/^Page text, line \d+: There is no fact called "iop.wekes"/)
  })

  it('refuses deleting a page the site needs, and names the pages that link to it', async () => {
    const problems = await check([], [{ path: 'content/en/faq.mdx' }])
    expect(problems).toContain(
      'The page for /faq is missing. The menu, footer or program facts link to it. What to do: Add this file (copy a similar page to start), or ask a developer to change the menu or the program facts.',
    )
    expect(problems.find((p) => p.includes('in content/en/index.mdx'))).toMatch(/^Page text, line \d+ in content\/en\/index\.mdx: The link to "\/faq" goes to a page that does not exist\./)
  })

  it('checks every page against facts a save changes, and names the pages it would break (M3)', async () => {
    const withoutWeeks = await check([{ path: 'content/program-facts.yaml', contents: base64(facts.replace(/^ {4}weeks: 12\n/m, '')) }])
    expect(withoutWeeks.length).toBeGreaterThan(0)
    expect(withoutWeeks.every((p) => / in content\/(en|es)\/\S+\.mdx: There is no fact called "iop\./.test(p)), withoutWeeks.join('\n')).toBe(true)
    expect(withoutWeeks.some((p) => p.includes('There is no fact called "iop.weeks"'))).toBe(true)
    const moved = await check([{ path: 'content/program-facts.yaml', contents: base64(facts.replace('slug: intensive-outpatient', 'slug: intensive-outpatient-new')) }])
    expect(moved.some((p) => p.includes('The page for /programs/intensive-outpatient-new is missing.')), moved.join('\n')).toBe(true)
  })

  it('checks pages saved with facts against the new facts, not the file\'s (M3)', async () => {
    const newFacts = base64(facts.replace(/^ {4}weeks: 12\n/m, ''))
    const withFact = `${about}\nThe program lasts <Fact name="iop.weeks" /> weeks.\n`
    const problems = await check([{ path: 'content/program-facts.yaml', contents: newFacts }, ...pageSave(withFact, 'content/en/about.mdx')])
    expect(problems.some((p) => /^Page text, line \d+: There is no fact called "iop\.weeks"/.test(p)), problems.join('\n')).toBe(true)
  })

  it('refuses a file both saved and deleted in one save, which Keystatic would delete (M4)', async () => {
    const problems = await check(pageSave(page), [{ path: 'content/en/faq.mdx' }])
    expect(problems).toEqual(['"content/en/faq.mdx" is both saved and deleted in this save. Reload the page and try again.'])
  })

  it('lets a page be saved while another page has an error the save did not cause', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'save-check-'))
    fs.cpSync('content', path.join(root, 'content'), { recursive: true })
    fs.writeFileSync(path.join(root, 'content/en/privacy.mdx'), fs.readFileSync('content/en/privacy.mdx', 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2027-01-05'))
    try {
      expect(await problemsInEditorSave({ additions: pageSave(about, 'content/en/about.mdx'), deletions: [] }, { today: TODAY, root })).toEqual([])
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })

  it('checks a save of only a picture, as the build would (L5), naming it as in the repository (L6)', async () => {
    const html = base64('<html><script>alert(1)</script></html>')
    for (const file of ['public/images/x.png', 'public/images/My Photo.png']) {
      const problems = await check([{ path: file, contents: html }])
      expect(problems.length, file).toBeGreaterThan(0)
      expect(problems.join('\n'), file).toContain(path.basename(file))
      expect(problems.join('\n'), file).not.toMatch(/editor-save-|\.\.\//)
    }
  })

  it('lets a page be saved while a bad picture waits in public/ (L6)', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'save-check-public-'))
    fs.cpSync('content', path.join(root, 'content'), { recursive: true })
    if (fs.existsSync('public')) fs.cpSync('public', path.join(root, 'public'), { recursive: true })
    fs.mkdirSync(path.join(root, 'public', 'images'), { recursive: true })
    fs.writeFileSync(path.join(root, 'public', 'images', 'bad.png'), '<html></html>')
    try {
      expect(await problemsInEditorSave({ additions: pageSave(about, 'content/en/about.mdx'), deletions: [] }, { today: TODAY, root })).toEqual([])
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
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
