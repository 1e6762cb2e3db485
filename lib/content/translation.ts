/**
 * Provenance of the Spanish pages: which English text each was translated from, whether the
 * English page has changed since, and whether a qualified translator has reviewed it.
 *
 * A Spanish page records, in its frontmatter, a fingerprint of its English page's title,
 * description and body (`translation.englishText`) and the date. When the English page changes,
 * its fingerprint changes: the content check warns, naming the Spanish file (a warning, so an
 * urgent English fix still builds), and the Spanish page tells readers, in Spanish, that the
 * English page has changed since and may have newer information, with a link to it.
 */
import { createHash } from 'node:crypto'
import { routeInLocale } from '@/lib/base/addresses'
import { findPage, type Page } from '@/lib/content'
import { normalized, signOffState, type SignOff } from '@/lib/content/sign-off'

/** The fingerprint of an English page's words: 12 hex digits of the SHA-256 of title, description and body. */
export function englishTextFingerprint(page: Pick<Page, 'frontmatter' | 'body'>): string {
  const text = [page.frontmatter.title, page.frontmatter.description, page.body].map(normalized).join('\n\n')
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12)
}

export interface TranslationStatus {
  /** The English page it translates. */
  english: Page
  /** The English page's words have changed since the translation was made. */
  stale: boolean
  /** A translation reviewer has signed off the Spanish text as it is now. */
  reviewed: boolean
  /** The translation sign-off that holds for the text as it is now. */
  signOff?: SignOff
}

/**
 * The status of a Spanish page's translation; undefined for an English page, or for a Spanish
 * page with no English page (the content check reports that).
 */
export function translationStatus(page: Page, findEnglish: (route: string) => Page | undefined = (route) => findPage(route)): TranslationStatus | undefined {
  if (page.locale !== 'es' || !page.frontmatter.translation) return undefined
  const english = findEnglish(page.englishRoute)
  if (!english) return undefined
  const { englishText } = page.frontmatter.translation
  const signOff = signOffState(page, 'translation')
  return {
    english,
    stale: englishTextFingerprint(english) !== englishText,
    reviewed: signOff.state === 'signed',
    ...(signOff.state === 'signed' ? { signOff: signOff.signOff } : {}),
  }
}

/** The page in the other language, where it exists: the Spanish page of an English one, and back. */
export function otherLanguagePage(page: Page, find: (route: string) => Page | undefined = (route) => findPage(route)): Page | undefined {
  return find(routeInLocale(page.route, page.locale === 'es' ? 'en' : 'es'))
}
