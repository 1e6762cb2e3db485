import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import type { Locale } from '@/lib/base/addresses'

/**
 * What every public page has around its content: skip link, header with the phone and the link to
 * the other language, footer. `current` is the page's address, to mark it in the menu; undefined
 * on the 404 page. `otherLanguage` is the address of the same page in the other language.
 */
export function SiteFrame({
  current,
  locale,
  otherLanguage,
  children,
}: {
  current: string | undefined
  locale: Locale
  otherLanguage: string
  children: ReactNode
}) {
  return (
    <>
      <SkipLink locale={locale} />
      <SiteHeader current={current} locale={locale} otherLanguage={otherLanguage} />
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-6xl px-4">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
