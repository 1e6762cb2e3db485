// @vitest-environment jsdom
/**
 * Provenance of the Spanish pages: the fingerprint of the English text, the check's warning when
 * the English page changes (naming the Spanish file, a warning even with --strict), the notice the
 * Spanish page then shows, and the foot that says no qualified translator has reviewed it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { StaleTranslationNotice, TranslationFoot } from '@/components/site/translation-notice'
import { ContentError, getAllPages, loadPageFile, parsePage } from '@/lib/content'
import { checkContent } from '@/lib/content-check'
import { signOffFor } from '@/lib/content/sign-off'
import { englishTextFingerprint, translationStatus } from '@/lib/content/translation'

const ROOT = process.cwd()
const TODAY = getAllPages()
  .map((p) => p.frontmatter.lastReviewed)
  .sort()
  .at(-1)!

const temporaryDirs: string[] = []
afterEach(() => {
  cleanup()
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function contentCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-'))
  temporaryDirs.push(dir)
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
  return dir
}

const englishHome = () => loadPageFile('en/index.mdx')
const spanishHome = () => loadPageFile('es/index.mdx')

describe('the fingerprint of an English page', () => {
  it('is 12 hex digits, the same for the same words whatever the line ends', () => {
    const page = englishHome()
    expect(englishTextFingerprint(page)).toMatch(/^[0-9a-f]{12}$/)
    expect(englishTextFingerprint({ ...page, body: page.body.replace(/\n/g, '\r\n').replace(/\r\n/g, '  \r\n') })).toBe(englishTextFingerprint(page))
  })

  it('changes when the title, the description or the body changes', () => {
    const page = englishHome()
    const before = englishTextFingerprint(page)
    expect(englishTextFingerprint({ ...page, body: `${page.body}\nOne more sentence.` })).not.toBe(before)
    expect(englishTextFingerprint({ ...page, frontmatter: { ...page.frontmatter, title: 'Another title' } })).not.toBe(before)
    expect(englishTextFingerprint({ ...page, frontmatter: { ...page.frontmatter, description: `${page.frontmatter.description} More.` } })).not.toBe(before)
  })

  it('is what each Spanish page recorded: no translation is behind its English page', () => {
    for (const page of getAllPages().filter((p) => p.locale === 'es')) {
      const status = translationStatus(page)!
      expect(status.stale, page.file).toBe(false)
      expect(status.reviewed, page.file).toBe(false)
    }
  })
})

describe('an English page changed after its translation', () => {
  it('makes the check warn, naming the Spanish file, and the warning stays a warning under --strict', async () => {
    const dir = contentCopy()
    fs.appendFileSync(path.join(dir, 'en', 'index.mdx'), '\nAn urgent new sentence.\n')
    const report = await checkContent({ dir, today: TODAY, strict: true })
    const stale = report.problems.filter((p) => p.field === 'translation.englishText')
    expect(stale).toHaveLength(1)
    expect(stale[0]).toMatchObject({
      file: expect.stringMatching(/\/es\/index\.mdx$/),
      severity: 'warning',
      staysWarning: true,
      message: expect.stringMatching(/The English page .*index\.mdx has changed since this Spanish page was translated/),
      hint: expect.stringMatching(/set translation: englishText to [0-9a-f]{12}/),
    })
    expect(report.translations.find((t) => t.file.endsWith('es/index.mdx'))!.stale).toBe(true)
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('gives no warning while the English page is unchanged', async () => {
    const report = await checkContent({ dir: contentCopy(), today: TODAY, strict: true })
    expect(report.problems.filter((p) => p.field === 'translation.englishText')).toEqual([])
  })

  it('shows the Spanish notice with a link to the English page; an up-to-date page shows none', () => {
    const english = englishHome()
    const changed = { ...english, body: `${english.body}\nAn urgent new sentence.\n` }
    const status = translationStatus(spanishHome(), () => changed)!
    expect(status.stale).toBe(true)
    render(<StaleTranslationNotice status={status} />)
    expect(screen.getByRole('note').textContent).toMatch(/La versión en inglés de esta página ha cambiado/)
    const link = screen.getByRole('link', { name: 'Lea la versión en inglés' })
    expect(link.getAttribute('href')).toBe('/')
    expect(link.getAttribute('hreflang')).toBe('en')
    cleanup()
    const { container } = render(<StaleTranslationNotice status={translationStatus(spanishHome(), () => english)!} />)
    expect(container.textContent).toBe('')
  })
})

describe('the review of a translation', () => {
  it('says at the foot, in Spanish, that no qualified translator has reviewed it, and never claims one', () => {
    const page = spanishHome()
    render(<TranslationFoot translation={page.frontmatter.translation!} status={translationStatus(page)!} />)
    expect(document.body.textContent).toMatch(/Un traductor calificado todavía no ha revisado esta traducción/)
    expect(document.body.textContent).not.toMatch(/Revisada por/)
  })

  it('names the translation reviewer who signed off the Spanish text, only while it is the text signed', () => {
    const page = spanishHome()
    const translator = { name: 'Ana Ruiz', email: 'ana@example.org', credentials: 'CT', roles: ['translation-reviewer'] }
    const signOff = { translation: signOffFor(page, 'translation', translator, TODAY) }
    const reviewed = { ...page, frontmatter: { ...page.frontmatter, signOff } }
    render(<TranslationFoot translation={page.frontmatter.translation!} status={translationStatus(reviewed)!} />)
    expect(document.body.textContent).toMatch(/Revisada por Ana Ruiz, CT, traductor calificado, el/)
    cleanup()
    const changed = { ...reviewed, body: `${reviewed.body}\nUna frase nueva.` }
    render(<TranslationFoot translation={page.frontmatter.translation!} status={translationStatus(changed)!} />)
    expect(document.body.textContent).toMatch(/Un traductor calificado todavía no ha revisado esta traducción/)
  })

  const frontmatter = (extra: string) => `---
title: Una página de prueba
description: Una descripción de prueba que tiene más de cincuenta caracteres en total.
lastReviewed: 2026-12-01
reviewedBy: Web content team
${extra}---

Texto.
`
  const problemOf = (text: string, file = 'es/faq.mdx') => {
    try {
      parsePage(text, file)
    } catch (error) {
      if (error instanceof ContentError) return error.problems[0]
      throw error
    }
    return undefined
  }

  it.each([
    ['a Spanish page that does not say what it translates', frontmatter(''), 'es/faq.mdx', /does not say which English text it was translated from/],
    ['an English page with a translation field', frontmatter('translation:\n  englishText: 0123456789ab\n  translatedOn: 2026-12-01\n'), 'faq.mdx', /Only Spanish pages/],
    ['a fingerprint that is not one', frontmatter('translation:\n  englishText: abc\n  translatedOn: 2026-12-01\n'), 'es/faq.mdx', /The fingerprint is 12 letters and digits/],
    ['a review typed by hand, now a sign-off', frontmatter('translation:\n  englishText: 0123456789ab\n  translatedOn: 2026-12-01\n  reviewedBy: Qualified translator\n'), 'es/faq.mdx', /translation reviewer signs off the Spanish text in the editor/],
  ])('refuses %s', (_label, text, file, message) => {
    const problem = problemOf(text, file)
    expect(`${problem?.message} ${problem?.hint}`).toMatch(message)
  })

  it('refuses a Spanish page with no English page, naming the file', async () => {
    const dir = contentCopy()
    fs.writeFileSync(path.join(dir, 'es/solo-en-espanol.mdx'), frontmatter('translation:\n  englishText: 0123456789ab\n  translatedOn: 2026-12-01\n'))
    const report = await checkContent({ dir, today: TODAY })
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/es\/solo-en-espanol\.mdx$/), severity: 'error', message: expect.stringMatching(/has no English page \(\/solo-en-espanol\)/) }),
    )
  })
})
