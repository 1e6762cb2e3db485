import Link from 'next/link'
import { PhoneLink } from '@/components/mdx/phone-link'
import { LANGUAGE_TAG, LOCALES, type Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { homeLink, mainNavLinks } from '@/lib/page-head/navigation'

/** The help of the 404 page in one language: what happened, the main pages, the phone number. */
function HelpIn({ locale }: { locale: Locale }) {
  const words = dictionaryFor(locale)
  const headingId = `not-found-${locale}`
  return (
    <section lang={LANGUAGE_TAG[locale]} aria-labelledby={headingId} className="not-found-help">
      {locale === 'en' ? <h1 id={headingId}>{words.notFoundTitle}</h1> : <h2 id={headingId}>{words.notFoundTitle}</h2>}
      <p>{words.notFoundText}</p>
      <h2>{words.notFoundTry}</h2>
      <ul>
        {[homeLink(locale), ...mainNavLinks(locale)].map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
      <h2>{words.notFoundTalk}</h2>
      <p>
        {words.notFoundCall} <PhoneLink /> {words.notFoundCallAfter}
      </p>
    </section>
  )
}

/**
 * The page for an address that does not exist. It says so plainly, in English and in Spanish
 * (a static host has one 404 page for every address), and offers the main pages and the phone
 * number. There is no search: the site is small enough to list.
 */
export function NotFoundHelp() {
  return (
    <article className="prose max-w-prose pt-6">
      {LOCALES.map((locale) => (
        <HelpIn key={locale} locale={locale} />
      ))}
    </article>
  )
}
