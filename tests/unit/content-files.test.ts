/**
 * Odd files under content/ are refused with a message that names them and says what to do, by the
 * loader the build uses and by the content check alike; never a crash or a stack trace.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ContentError, MAX_PAGE_BYTES, getAllPages, readContentFolder, suggestedName } from '@/lib/content'
import { checkContent } from '@/lib/content-check'
import { FactsFileError, loadProgramFacts } from '@/lib/facts'

const ROOT = process.cwd()
const GOOD_PAGE = fs.readFileSync(path.join(ROOT, 'tests/fixtures/good/new-page.mdx'), 'utf8')
const TODAY = '2026-12-01'

const temporaryDirs: string[] = []
afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A content folder with one good English page (en/good.mdx), then whatever the test adds. */
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-files-'))
  temporaryDirs.push(dir)
  fs.mkdirSync(path.join(dir, 'en'))
  fs.writeFileSync(path.join(dir, 'en', 'good.mdx'), GOOD_PAGE)
  return dir
}

function loaderProblems(dir: string) {
  try {
    getAllPages(dir)
    return []
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
}

describe('file and folder names', () => {
  it.each([
    ['Upper-Case.mdx', 'upper-case.mdx'],
    ['with space.mdx', 'with-space.mdx'],
    ['señal-ñ.mdx', 'senal-n.mdx'],
    ['..mdx', 'new-page.mdx'],
    ['.hidden.mdx', 'hidden.mdx'],
    ['under_score.mdx', 'under-score.mdx'],
    ['double--hyphen.mdx', 'double-hyphen.mdx'],
  ])('refuses %s and suggests %s', (name, suggestion) => {
    const dir = folder()
    fs.writeFileSync(path.join(dir, 'en', name), GOOD_PAGE.replace(/^title: .*$/m, 'title: Another page'))
    for (const problems of [readContentFolder(dir).problems, loaderProblems(dir)]) {
      expect(problems).toEqual([
        expect.objectContaining({ file: expect.stringMatching(new RegExp(`/${name.replace(/\./g, '\\.')}$`)), message: expect.stringMatching(/lowercase letters, digits and hyphens/), hint: `Rename the file to "${suggestion}".` }),
      ])
    }
    expect(readContentFolder(dir).files).toEqual(['en/good.mdx'])
  })

  it('refuses a folder with a bad name, a symbolic link, and a file that is not a page', () => {
    const dir = folder()
    fs.mkdirSync(path.join(dir, 'en', 'Bad Folder'))
    fs.writeFileSync(path.join(dir, 'en', 'Bad Folder', 'page.mdx'), GOOD_PAGE)
    fs.symlinkSync(os.tmpdir(), path.join(dir, 'en', 'linked'))
    fs.writeFileSync(path.join(dir, 'en', 'zz.tsx'), 'export {}')
    fs.writeFileSync(path.join(dir, 'en', '.env'), 'SECRET=1')
    const messages = readContentFolder(dir).problems.map((p) => `${path.basename(p.file)}: ${p.message} ${p.hint}`)
    expect(messages).toEqual([
      expect.stringMatching(/^\.env: Only pages \(files ending in \.mdx\) and the program facts file/),
      expect.stringMatching(/^Bad Folder: The folder name "Bad Folder" can only have .* Rename the folder to "bad-folder"\./),
      expect.stringMatching(/^linked: This is a link to another place \(a symbolic link\)/),
      expect.stringMatching(/^zz\.tsx: Only pages/),
    ])
  })

  it('holds at its top only en/, es/ and the facts file: a page or folder beside them is refused, with where to move it', () => {
    const dir = folder()
    fs.writeFileSync(path.join(dir, 'stray.mdx'), GOOD_PAGE.replace(/^title: .*$/m, 'title: Stray page'))
    fs.mkdirSync(path.join(dir, 'fr'))
    fs.writeFileSync(path.join(dir, 'fr', 'faq.mdx'), GOOD_PAGE)
    fs.writeFileSync(path.join(dir, 'program-facts.yaml'), 'x: 1\n')
    for (const problems of [readContentFolder(dir).problems, loaderProblems(dir)]) {
      expect(problems.map((p) => `${path.basename(p.file)}: ${p.hint}`)).toEqual([
        'fr: Move it into content/en/ or content/es/, or out of content/. Images go in public/images/.',
        'stray.mdx: Move this page into content/en/ (English) or content/es/ (Spanish): its address stays the same.',
      ])
    }
    expect(readContentFolder(dir).files).toEqual(['en/good.mdx'])
  })

  it.each([
    ['en/404.mdx', /"404" is kept for the page shown for an address that does not exist/],
    ['es/404.mdx', /"404" is kept/],
    ['en/programs/404.mdx', /"404" is kept/],
    ['en/500.mdx', /"500" is kept/],
    ['en/programs/index/index.mdx', /folder named "index" is not allowed/],
    ['en/index/faq.mdx', /folder named "index" is not allowed/],
    ['en/es.mdx', /named "es" is not allowed/],
    ['en/es/faq.mdx', /named "es" is not allowed/],
  ])('refuses the reserved name in %s, in the loader and the check, so it is never built or listed (M5, L13)', async (file, message) => {
    const dir = folder()
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), GOOD_PAGE.replace(/^title: .*$/m, 'title: A page named four oh four'))
    for (const problems of [readContentFolder(dir).problems, loaderProblems(dir)]) {
      expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(new RegExp(`/${file.replace(/\./g, '\\.')}$`)), message: expect.stringMatching(message), severity: 'error' })])
    }
    expect(readContentFolder(dir).files).toEqual(['en/good.mdx'])
  })

  it('accepts the real content as it is', () => {
    expect(readContentFolder().problems).toEqual([])
  })

  it('suggests names made of lowercase letters, digits and hyphens', () => {
    expect(suggestedName('Qué Esperar 2')).toBe('que-esperar-2')
  })
})

describe('page files', () => {
  it('accepts a byte order mark, as some Windows editors save, and reads the page without it', async () => {
    const dir = folder()
    fs.writeFileSync(path.join(dir, 'en', 'good.mdx'), `\uFEFF${GOOD_PAGE}`)
    const [page] = getAllPages(dir)
    expect(page.frontmatter.title).toBe(GOOD_PAGE.match(/^title: (.*)$/m)![1])
    const report = await checkContent({ dir, today: TODAY })
    expect(report.problems.filter((p) => /frontmatter/.test(p.message))).toEqual([])
  })

  it(`refuses a page over ${MAX_PAGE_BYTES / 1024} KB`, async () => {
    const dir = folder()
    fs.writeFileSync(path.join(dir, 'en', 'huge.mdx'), GOOD_PAGE.replace(/^title: .*$/m, 'title: Huge').concat('word '.repeat(50_000)))
    const expected = expect.objectContaining({ file: expect.stringMatching(/huge\.mdx$/), message: expect.stringMatching(/^This page is 24\d KB, more than the 200 KB a page can be\./) })
    expect(loaderProblems(dir)).toEqual([expected])
    const report = await checkContent({ dir, today: TODAY })
    expect(report.problems).toContainEqual(expected)
  })

  it('refuses two pages with the same title, naming both files', async () => {
    const dir = folder()
    fs.writeFileSync(path.join(dir, 'en', 'zz-copy.mdx'), GOOD_PAGE)
    const expected = expect.objectContaining({ file: expect.stringMatching(/zz-copy\.mdx$/), field: 'title', message: expect.stringMatching(/same title .* as .*good\.mdx/) })
    expect(loaderProblems(dir)).toEqual([expected])
    expect((await checkContent({ dir, today: TODAY })).problems).toContainEqual(expected)
  })

  it('refuses a YAML alias in the frontmatter', () => {
    const dir = folder()
    fs.writeFileSync(path.join(dir, 'en', 'good.mdx'), GOOD_PAGE.replace(/^description: (.*)$/m, 'description: &d $1\nnavTitle: *d'))
    expect(loaderProblems(dir)).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/YAML alias/) })])
  })
})

describe('the facts file', () => {
  const factsWith = (text: string | undefined) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-file-'))
    temporaryDirs.push(dir)
    const file = path.join(dir, 'program-facts.yaml')
    if (text !== undefined) fs.writeFileSync(file, text)
    return file
  }
  const real = fs.readFileSync(path.join(ROOT, 'content/program-facts.yaml'), 'utf8')

  it('refuses aliases, an alias bomb included, with the line and no stack trace', () => {
    const bomb = `${real}\nlol1: &a1 [x, x, x, x, x, x, x, x, x]\nlol2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]\nlol3: [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]\n`
    const file = factsWith(bomb)
    const line = bomb.split('\n').findIndex((l) => l.startsWith('lol2')) + 1
    expect(() => loadProgramFacts(file)).toThrow(FactsFileError)
    expect(() => loadProgramFacts(file)).toThrow(new RegExp(`use a YAML alias \\(\\*name\\) on line ${line}`))
    try {
      loadProgramFacts(file)
    } catch (error) {
      expect((error as Error).stack).not.toMatch(/\n\s+at /)
    }
  })

  it('says what to do when the file is missing', () => {
    expect(() => loadProgramFacts(factsWith(undefined))).toThrow(/is missing, and every page needs it\. Put it back/)
  })

  it('keeps wrong facts a FactsFileError too, with the field', () => {
    expect(() => loadProgramFacts(factsWith(real.replace(/^(\s*weeks:) 12$/m, '$1 twelve')))).toThrow(FactsFileError)
  })
})
