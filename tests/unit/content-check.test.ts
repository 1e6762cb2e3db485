import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { getAllPages } from '@/lib/content'
import { checkContent } from '@/lib/content-check'
import { READING_GRADE_LIMIT } from '@/lib/base/content-rules'
import { parsePage, type Page } from '@/lib/content'
import { signOffFor, signOffState, withSignOff } from '@/lib/content/sign-off'

/** A page that gives guidance and has no clinical sign-off for its text as it is. */
const awaitsClinicalReview = (page: Page) => ['awaits', 'changed'].includes(signOffState(page, 'clinical').state)

const ROOT = process.cwd()
const FIXTURES = path.join(ROOT, 'tests/fixtures')
const PUBLIC_FIXTURES = path.join(FIXTURES, 'public')
/** The check takes the date as a parameter: the newest review date in the real content. */
const TODAY = getAllPages()
  .map((p) => p.frontmatter.lastReviewed)
  .sort()
  .at(-1)!

const temporaryDirs: string[] = []
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/**
 * A new English page has no Spanish page yet: the check says so, as a warning that stays one
 * (tests/unit/translation.test.tsx). Tests of other rules leave that warning aside.
 */
const notAwaitingTranslation = (p: { message: string }) => !/has no Spanish page yet/.test(p.message)

/** A copy of the real content/ with the given fixture files dropped in, as staff would. */
function contentWith(...fixtures: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'))
  temporaryDirs.push(dir)
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') })
  for (const fixture of fixtures) fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, 'en', path.basename(fixture)))
  return dir
}

describe('the real content', () => {
  it("passes the check with --strict; its only warnings are pages waiting for a clinical review and Spanish pages awaiting a qualified translator's review", async () => {
    const report = await checkContent({ today: TODAY, strict: true })
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([])
    const clinical = report.problems.filter((p) => p.field === 'signOff.clinical')
    const translator = report.problems.filter((p) => p.field === 'signOff.translation')
    expect(clinical.length + translator.length).toBe(report.problems.length)
    for (const warning of clinical) {
      expect(warning).toMatchObject({ severity: 'warning', staysWarning: true, message: expect.stringMatching(/awaits a clinical review/) })
    }
    for (const warning of translator) {
      expect(warning).toMatchObject({ severity: 'warning', staysWarning: true, message: expect.stringMatching(/awaits a translation reviewer's sign-off/) })
    }
    // Exactly the pages that give guidance and have no clinical sign-off of their text as it is.
    const waiting = getAllPages().filter(awaitsClinicalReview)
    expect(clinical.map((p) => p.file).sort()).toEqual(waiting.map((p) => `content/${p.file}`).sort())
    // Every Spanish page, none of them reviewed yet, none behind its English page.
    const spanish = getAllPages().filter((p) => p.locale === 'es')
    expect(translator.map((p) => p.file).sort()).toEqual(spanish.map((p) => `content/${p.file}`).sort())
    expect(report.translations.filter((t) => t.stale)).toEqual([])
    expect(report.grades.length + report.spanishScores.length).toBe(report.files)
  })

  it('keeps each Spanish page at or above its readability minimum: 70 for the home page, first steps and staying safe', async () => {
    const report = await checkContent({ today: TODAY })
    const minimumOf = (file: string) => report.spanishScores.find((s) => s.file === file)?.minimum
    expect(minimumOf('content/es/index.mdx')).toBe(70)
    for (const { score, minimum } of report.spanishScores) expect(score).toBeGreaterThanOrEqual(minimum)
  })

  it('keeps each page within its reading grade limit: 6 for the home page, first steps and staying safe', async () => {
    const report = await checkContent({ today: TODAY })
    const limitOf = (file: string) => report.grades.find((g) => g.file === file)!.limit
    expect([limitOf('content/en/index.mdx'), limitOf('content/en/get-help.mdx'), limitOf('content/en/staying-safe.mdx')]).toEqual([6, 6, 6])
    expect(limitOf('content/en/faq.mdx')).toBe(READING_GRADE_LIMIT)
    for (const { grade, limit } of report.grades) expect(grade).toBeLessThanOrEqual(limit)
  })
})

describe('a good new page', () => {
  it('passes the check when dropped into content/', async () => {
    const dir = contentWith('good/new-page.mdx')
    const report = await checkContent({ dir, publicDir: PUBLIC_FIXTURES, today: TODAY, strict: true })
    expect(report.problems.filter((p) => p.severity === 'error' || p.file.endsWith('new-page.mdx')).filter(notAwaitingTranslation)).toEqual([])
    // Its Spanish page is missing: a warning, even with --strict, that names the file to add.
    expect(report.problems.filter((p) => p.file.endsWith('/new-page.mdx') && !notAwaitingTranslation(p))).toEqual([
      expect.objectContaining({ severity: 'warning', staysWarning: true, hint: expect.stringMatching(/es\/new-page\.mdx, translated from this page, with translation: englishText: [0-9a-f]{12}/) }),
    ])
    expect(report.grades.map((g) => path.basename(g.file))).toContain('new-page.mdx')
  })
})

/** Each bad fixture: the line the problem is on (where it has one) and what the report says. */
const badCases: { fixture: string; line?: number; field?: string; message: RegExp; hint: RegExp }[] = [
  { fixture: 'frontmatter-missing-field.mdx', line: 2, field: 'description', message: /This field is missing/, hint: /Add a description/ },
  { fixture: 'frontmatter-wrong-type.mdx', line: 4, field: 'lastReviewed', message: /year-month-day/, hint: /CONTENT\.md/ },
  { fixture: 'frontmatter-unknown-field.mdx', line: 6, field: 'nextReveiw', message: /"nextReveiw" is not a field pages can have\. Did you mean "nextReview"\?/, hint: /The fields are: title, description/ },
  { fixture: 'no-frontmatter.mdx', line: 1, message: /no frontmatter/, hint: /between two "---" lines/ },
  { fixture: 'mdx-does-not-compile.mdx', line: 8, message: /cannot be read: .*CallUs/, hint: /closing <\/Component>/ },
  { fixture: 'unknown-component.mdx', line: 8, message: /no component called <PhoneNumber>\. Did you mean <PhoneLink>\?/, hint: /The components you can use are: .*<Fact>/ },
  { fixture: 'unknown-fact.mdx', line: 8, message: /no fact called "iop\.week"\. Did you mean "iop\.weeks"\?/, hint: /CONTENT\.md/ },
  { fixture: 'broken-link.mdx', line: 8, message: /"\/programz" goes to a page that does not exist\. Did you mean "\/programs"\?/, hint: /content\/en\/faq\.mdx/ },
  { fixture: 'broken-anchor.mdx', line: 8, message: /#how-long-is-the-program-really\) that does not exist/, hint: /made from a heading/ },
  { fixture: 'image-without-alt.mdx', line: 8, message: /no text alternative/, hint: /Describe what the image shows/ },
  { fixture: 'image-file-missing.mdx', line: 8, message: /"\/images\/not-there\.png" does not exist/, hint: /public\/images\/not-there\.png/ },
  { fixture: 'review-in-future.mdx', line: 4, field: 'lastReviewed', message: /is in the future/, hint: /actually reviewed/ },
  { fixture: 'stigmatizing-words.mdx', line: 10, message: /"addict" can make people feel judged/, hint: /person with a substance use disorder/ },
  { fixture: 'stigmatizing-words.mdx', line: 10, message: /"clean" can make people feel judged/, hint: /testing negative/ },
  { fixture: 'reading-grade-too-high.mdx', message: /reads at grade \d+(\.\d)?, above its limit of 8/, hint: /shorter sentences/ },
  { fixture: 'source-missing-field.mdx', line: 7, field: 'sources, item 1, publisher', message: /This field is missing/, hint: /Add who published it/ },
  { fixture: 'source-not-https.mdx', line: 9, field: 'sources, item 1, url', message: /starting with https:\/\/.*An http:\/\/ address, or one with a name before @ or a backslash, is not accepted/, hint: /CONTENT\.md/ },
  { fixture: 'source-read-in-future.mdx', line: 10, field: 'sources, item 1, accessed', message: /\(2099-01-01\) is in the future/, hint: /the date you read the page/ },
  { fixture: 'reviewer-not-a-role.mdx', line: 5, field: 'reviewedBy', message: /one of: Web content team, Clinical director/, hint: /CONTENT\.md/ },
  { fixture: 'guidance-without-sources.mdx', field: 'sources', message: /This field is missing/, hint: /lists the public sources it is based on/ },
  { fixture: 'text-to-a-line-without-texts.mdx', line: 8, message: /text-message link, but the facts say the line "emergency" does not take texts/, hint: /set text: true/ },
  { fixture: 'heading-levels.mdx', line: 8, message: /main heading \(#\)/, hint: /Start headings in the text with ##/ },
  { fixture: 'heading-levels.mdx', line: 12, message: /skips a level \(a level-4 heading after a level-2 one\)/, hint: /Use ### for this heading/ },
  { fixture: 'code-in-page.mdx', line: 8, message: /cannot contain import or export/, hint: /work without an import/ },
  { fixture: 'code-in-page.mdx', line: 10, message: /Curly braces/, hint: /write \\\{/ },
  { fixture: 'phone-typed-by-hand.mdx', line: 8, message: /"704-555-0123" is typed by hand/, hint: /<PhoneLink \/>/ },
  { fixture: 'phone-typed-by-hand.mdx', line: 8, message: /"tel:\+17045550123" has a phone number typed by hand/, hint: /<PhoneLink \/>/ },
  // Citations (lib/content-check/citations.ts).
  { fixture: 'citation-source-not-listed.mdx', line: 21, message: /<Cite source="cdc-naloxon" \/> names a source this page does not list\. Did you mean "cdc-naloxone"\?/, hint: /"cdc-overdose", "cdc-naloxone"/ },
  { fixture: 'citation-source-never-cited.mdx', line: 16, field: 'sources, item 2, id', message: /"Lifesaving Naloxone" \(cdc-naloxone\) is listed but no sentence cites it/, hint: /<Cite source="cdc-naloxone" \/>.*remove it/ },
  { fixture: 'citation-guidance-without-citations.mdx', line: 5, field: 'guidance', message: /gives health guidance, but no sentence cites a source/, hint: /<Cite source="…" \/>/ },
  { fixture: 'citation-without-source.mdx', line: 21, message: /<Cite> needs a source/, hint: /<Cite source="cdc-overdose" \/>/ },
]

describe('bad content is reported with its file, line and what to do', () => {
  it.each(badCases)('$fixture: $message', async ({ fixture, line, field, message, hint }) => {
    const dir = contentWith(`bad/en/${fixture}`)
    const report = await checkContent({ dir, publicDir: PUBLIC_FIXTURES, today: TODAY })
    const errors = report.problems.filter((p) => p.severity === 'error')
    // Every error belongs to the bad file: one bad page does not disturb the others.
    expect(errors.map((p) => path.basename(p.file))).toEqual(errors.map(() => fixture))
    const problem = errors.find((p) => message.test(p.message))
    expect(problem, `no error matching ${message} in:\n${JSON.stringify(report.problems, null, 2)}`).toBeDefined()
    expect(problem!.hint).toMatch(hint)
    if (line !== undefined) expect(problem!.line).toBe(line)
    if (field !== undefined) expect(problem!.field).toBe(field)
  })

  it('keeps an official name that contains a listed word', async () => {
    const report = await checkContent({ dir: contentWith('bad/en/stigmatizing-words.mdx'), today: TODAY })
    expect(report.problems.filter((p) => /Abuse/.test(p.message))).toEqual([])
  })

  it('warns about an overdue review, and fails on it only with --strict', async () => {
    const dir = contentWith('bad/en/review-overdue.mdx')
    const ofFixture = (problems: { file: string; severity: string; message: string }[]) => problems.filter((p) => p.file.endsWith('review-overdue.mdx')).filter(notAwaitingTranslation)
    const relaxed = await checkContent({ dir, today: TODAY })
    expect(ofFixture(relaxed.problems)).toEqual([
      expect.objectContaining({ field: 'nextReview', line: 4, severity: 'warning', message: 'This page was due for review on 2021-01-01.' }),
    ])
    const strict = await checkContent({ dir, today: TODAY, strict: true })
    expect(ofFixture(strict.problems).map((p) => p.severity)).toEqual(['error'])
  })

  it('lists a page with guidance that waits for a clinician as a warning, which --strict keeps a warning', async () => {
    const dir = contentWith('good/guidance-waiting-for-review.mdx')
    const expected = expect.objectContaining({
      file: expect.stringMatching(/guidance-waiting-for-review\.mdx$/),
      line: 5,
      field: 'signOff.clinical',
      severity: 'warning',
      message: expect.stringMatching(/gives health guidance and no clinical reviewer has signed it off/),
      hint: expect.stringMatching(/clinical-reviewer role .* Sign off/),
    })
    for (const strict of [false, true]) {
      const report = await checkContent({ dir, today: TODAY, strict })
      const mine = report.problems.filter((p) => p.file.endsWith('guidance-waiting-for-review.mdx')).filter(notAwaitingTranslation)
      expect(mine).toEqual([expected])
    }
    // Signed off by a clinical reviewer, it waits no more; one word changed, it waits again.
    const file = path.join(dir, 'en', 'guidance-waiting-for-review.mdx')
    const text = fs.readFileSync(file, 'utf8')
    const clinician = { name: 'Dana Reyes', email: 'dana@example.org', credentials: 'LCAS', roles: ['clinical-reviewer'] }
    fs.writeFileSync(file, withSignOff(text, 'clinical', signOffFor(parsePage(text, 'en/guidance-waiting-for-review.mdx'), 'clinical', clinician, TODAY)))
    const reviewed = await checkContent({ dir, today: TODAY, strict: true })
    expect(reviewed.problems.filter((p) => p.file.endsWith('guidance-waiting-for-review.mdx')).filter(notAwaitingTranslation)).toEqual([])
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Stay with them', 'Stay beside them'))
    const changed = await checkContent({ dir, today: TODAY, strict: true })
    expect(changed.problems.filter((p) => p.file.endsWith('guidance-waiting-for-review.mdx')).filter(notAwaitingTranslation)).toEqual([
      expect.objectContaining({ field: 'signOff.clinical', severity: 'warning', message: expect.stringMatching(/changed since Dana Reyes, LCAS signed it off on .*awaits a clinical review again/) }),
    ])
  })

  it('holds the first-steps page to grade 6, where grade 7 is fine for others', async () => {
    const dir = contentWith()
    fs.copyFileSync(path.join(FIXTURES, 'route-limits/get-help.mdx'), path.join(dir, 'en', 'get-help.mdx'))
    const elsewhere = fs.readFileSync(path.join(FIXTURES, 'route-limits/get-help.mdx'), 'utf8').replace(/^title: .*$/m, 'title: First steps, elsewhere')
    fs.writeFileSync(path.join(dir, 'en', 'first-steps-elsewhere.mdx'), elsewhere)
    const report = await checkContent({ dir, today: TODAY })
    const grade = report.grades.find((g) => g.file.endsWith('/get-help.mdx'))!
    expect(grade.grade).toBeGreaterThan(6)
    expect(grade.grade).toBeLessThanOrEqual(7.5)
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/\/get-help\.mdx$/), message: `The page reads at grade ${grade.grade}, above its limit of 6.` }),
    ])
  })

  it('reports a missing page that the menu needs', async () => {
    const dir = contentWith()
    fs.rmSync(path.join(dir, 'en', 'faq.mdx'))
    const report = await checkContent({ dir, today: TODAY })
    expect(report.problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/page for \/faq is missing/) }))
  })
})

describe('npm run content:check (which npm run build runs first)', () => {
  const run = promisify(execFile)
  const check = (...args: string[]) =>
    run(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/content-check.ts', `--today=${TODAY}`, ...args], { cwd: ROOT })

  it('is the first step of the build', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    expect(scripts.build).toMatch(/^npm run content:check && /)
  })

  it('refuses every bad fixture at once, printing file:line:column and what to do', async () => {
    const fixtures = fs.readdirSync(path.join(FIXTURES, 'bad', 'en')).filter((f) => f !== 'review-overdue.mdx')
    const dir = contentWith(...fixtures.map((f) => `bad/en/${f}`))
    const failure = await check(`--dir=${dir}`).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    )
    expect(failure?.code).toBe(1)
    for (const fixture of fixtures) expect(failure!.stdout).toMatch(new RegExp(`${fixture}(:\\d+:\\d+)? error: `))
    expect(failure!.stdout).toContain('What to do: ')
    expect(failure!.stdout).toMatch(/Reading grade \(Flesch-Kincaid\) of each page:\n\s+\d+\.\d {2}/)
  }, 60_000)

  it('passes the real content and lists each page with its grade', async () => {
    const { stdout } = await check('--strict')
    expect(stdout).toMatch(/0 error\(s\), \d+ warning\(s\)\. The content is ready to publish\./)
    // The pages that wait for a clinician are listed, and still do not stop the build.
    for (const page of getAllPages().filter(awaitsClinicalReview)) {
      expect(stdout).toMatch(new RegExp(`content/${page.file}:\\d+:1 warning: signOff.clinical: .*awaits a clinical review`))
    }
    for (const page of getAllPages()) expect(stdout).toContain(`content/${page.file}`)
  }, 60_000)
})
