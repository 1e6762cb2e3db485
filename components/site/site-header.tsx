import Link from 'next/link'
import { CrisisBanner } from '@/components/site/crisis-banner'
import { LanguageLink, SpanishLine } from '@/components/site/language-link'
import { SiteNav } from '@/components/site/site-nav'
import { PhoneLink } from '@/components/mdx/phone-link'
import { routeInLocale, type Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { mainNavLinks } from '@/lib/page-head/navigation'
import { facts } from '@/lib/facts'

/**
 * The frame's header. `current` is the address of the page it is on, to mark it in the menu;
 * `otherLanguage` is the address of the same page in the other language.
 */
export function SiteHeader({ current, locale, otherLanguage }: { current: string | undefined; locale: Locale; otherLanguage: string }) {
  const words = dictionaryFor(locale)
  return (
    <header className="site-header border-b-4 border-brand">
      <CrisisBanner locale={locale} />
      {locale === 'en' ? <SpanishLine href={otherLanguage} /> : null}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-3">
        <Link href={routeInLocale('/', locale)} className="brand-link">
          <span className="block text-2xl font-bold leading-tight">{facts.organization.name}</span>
          <span className="block text-base leading-tight">{words.tagline}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <LanguageLink to={locale === 'en' ? 'es' : 'en'} href={otherLanguage} />
          <PhoneLink label={words.call} className="button-primary print-phone" />
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-2">
        <SiteNav links={mainNavLinks(locale)} current={current} locale={locale} />
      </div>
    </header>
  )
}
