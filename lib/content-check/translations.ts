/**
 * Spanish pages and the English pages they translate (lib/content/translation.ts):
 *   - a Spanish page with no English page is an error (it translates nothing);
 *   - an English page with no Spanish page, a Spanish page whose English page has changed since
 *     it was translated, and a Spanish page no qualified translator has reviewed are warnings that
 *     stay warnings under --strict: staff must see them, but an urgent English fix must still be
 *     published. The stale page says so to its readers, in Spanish; the unreviewed one says so at
 *     its foot.
 */
import { contentFileForRoute, localeOfRoute, routeInLocale } from '@/lib/base/addresses'
import type { ContentProblem } from '@/lib/content'
import { signOffState, signerName } from '@/lib/content/sign-off'
import { englishTextFingerprint } from '@/lib/content/translation'
import { frontmatterLine, type CheckContext } from '@/lib/content-check/types'

export interface TranslationState {
  /** The Spanish page, as the report shows it. */
  file: string
  englishFile: string
  /** The English page has changed since the translation was made. */
  stale: boolean
  reviewed: boolean
  /** The English page's fingerprint now, to write into the Spanish page once it is brought up to date. */
  englishText: string
}

export function checkTranslations({ byRoute }: CheckContext, displayDir: string): { problems: ContentProblem[]; states: TranslationState[] } {
  const problems: ContentProblem[] = []
  const states: TranslationState[] = []
  for (const entry of byRoute.values()) {
    if (!entry.page) continue
    if (localeOfRoute(entry.route) === 'en') {
      const spanishRoute = routeInLocale(entry.route, 'es')
      if (!byRoute.has(spanishRoute)) {
        problems.push({
          file: entry.shownFile,
          message: `This page has no Spanish page yet (${spanishRoute}). Its "Español" link goes to the Spanish home page instead.`,
          hint: `Add ${displayDir}/${contentFileForRoute(spanishRoute)}, translated from this page, with translation: englishText: ${englishTextFingerprint(entry.page)}. See "Spanish pages" in CONTENT.md.`,
          severity: 'warning',
          staysWarning: true,
        })
      }
      continue
    }
    const english = byRoute.get(entry.page.englishRoute)
    const translation = entry.page.frontmatter.translation
    if (!english?.page || !translation) {
      if (!english) {
        problems.push({
          file: entry.shownFile,
          message: `This Spanish page has no English page (${entry.page.englishRoute}) to be the translation of.`,
          hint: `Every Spanish page translates the English page at the same address without /es: add ${displayDir}/${contentFileForRoute(entry.page.englishRoute)}, or move or remove this file.`,
          severity: 'error',
        })
      }
      continue
    }
    const now = englishTextFingerprint(english.page)
    const stale = now !== translation.englishText
    const signOff = signOffState(entry.page, 'translation')
    const reviewed = signOff.state === 'signed'
    states.push({ file: entry.shownFile, englishFile: english.shownFile, stale, reviewed, englishText: now })
    if (stale) {
      problems.push({
        file: entry.shownFile,
        line: frontmatterLine(entry.source, 'translation'),
        column: 1,
        field: 'translation.englishText',
        message: `The English page ${english.shownFile} has changed since this Spanish page was translated from it (on ${translation.translatedOn}). Until the Spanish is brought up to date, the page tells readers, in Spanish, that the English page may have newer information.`,
        hint: `Compare the English page with this one and change the Spanish to match. Then set translation: englishText to ${now} and translatedOn to today's date.`,
        severity: 'warning',
        staysWarning: true,
      })
    }
    if (!reviewed) {
      problems.push({
        file: entry.shownFile,
        line: frontmatterLine(entry.source, 'signOff') ?? frontmatterLine(entry.source, 'translation'),
        column: 1,
        field: 'signOff.translation',
        message:
          signOff.state === 'changed'
            ? `The Spanish text has changed since ${signerName(signOff.signOff)} signed off the translation on ${signOff.signOff.date}: it awaits a translation review again, and its foot says so, in Spanish.`
            : `This Spanish page awaits a translation reviewer's sign-off. Until then its foot says so, in Spanish.`,
        hint: `A person with the translation-reviewer role compares it with ${english.shownFile} in the editor and chooses Sign off (see "Sign off a page" in CONTENT.md).`,
        severity: 'warning',
        staysWarning: true,
      })
    }
  }
  return { problems, states }
}
