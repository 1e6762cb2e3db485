import '@/app/globals.css'
import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFrame } from '@/components/site/site-frame'
import { LANGUAGE_TAG, localeOfSegments, routeInLocale, routeOf } from '@/lib/base/addresses'
import { findPage } from '@/lib/content'
import { siteMetadataFor } from '@/lib/page-head/metadata'

type Props = { children: ReactNode; params: Promise<{ slug?: string[] }> }

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  return siteMetadataFor(localeOfSegments((await params).slug ?? []))
}

export const viewport: Viewport = {
  themeColor: '#0b5563',
}

/**
 * The root layout of every public page, and the frame around it. It sits beside the catch-all
 * page, not above it, so it gets the page's address: `<html lang>` comes from the address (/es/…
 * is Spanish), and the menu marks the page the reader is on, all with no script. (The editor has
 * its own root layout, app/(editor)/layout.edit.tsx; the 404 page is app/global-not-found.tsx.)
 */
export default async function SiteLayout({ children, params }: Props) {
  const segments = (await params).slug ?? []
  const locale = localeOfSegments(segments)
  const route = routeOf(segments)
  // The same page in the other language, or that language's home page where it has none yet.
  const otherLocale = locale === 'en' ? 'es' : 'en'
  const otherLanguage = findPage(routeInLocale(route, otherLocale))?.route ?? routeInLocale('/', otherLocale)
  return (
    <html lang={LANGUAGE_TAG[locale]}>
      <body>
        <SiteFrame current={route} locale={locale} otherLanguage={otherLanguage}>
          {children}
        </SiteFrame>
      </body>
    </html>
  )
}
