/**
 * What search engines and link previews read about each page: title, description, canonical
 * address, Open Graph and Twitter card tags, the sitemap and robots.txt. Built from each page's
 * frontmatter, with every address made absolute from the one SITE_URL (lib/base/site.ts).
 */
import type { Metadata, MetadataRoute } from 'next'
import { LANGUAGE_TAG, OPEN_GRAPH_LOCALE, type Locale } from '@/lib/base/addresses'
import { findPage, getAllPages, type Page } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { facts } from '@/lib/facts'
import { SITE_URL, absoluteUrl } from '@/lib/base/site'
import { otherLanguagePage } from '@/lib/content/translation'

/** The share image of each language (lib/page-head/share-image.tsx), drawn at build time. */
export function shareImageFor(locale: Locale) {
  const words = dictionaryFor(locale)
  return {
    url: absoluteUrl(locale === 'en' ? '/share-image.png' : `/share-image-${locale}.png`),
    width: 1200,
    height: 630,
    type: 'image/png',
    alt: `${facts.organization.name}: ${words.tagline.charAt(0).toLowerCase()}${words.tagline.slice(1)}. ${words.call} ${facts.phone.display}.`,
  } as const
}

/** The English share image, which the English pages and the 404 page show. */
export const SHARE_IMAGE = shareImageFor('en')

/** Defaults for every page of a language, set by the site's root layout. */
export function siteMetadataFor(locale: Locale): Metadata {
  const siteName = dictionaryFor(locale).siteName
  return {
    metadataBase: new URL(SITE_URL),
    title: { template: `%s | ${siteName}`, default: siteName },
    openGraph: { type: 'website', siteName, locale: OPEN_GRAPH_LOCALE[locale], images: [shareImageFor(locale)] },
    twitter: { card: 'summary_large_image', images: [shareImageFor(locale)] },
  }
}

export const siteMetadata: Metadata = siteMetadataFor('en')

/**
 * The page's address in each language that has it, plus x-default (the English page), for
 * <link rel="alternate" hreflang> and the sitemap. Both pages list both, as search engines ask;
 * a page with no translation lists none.
 */
export function languageAlternates(page: Page, find: (route: string) => Page | undefined = (route) => findPage(route)): Record<string, string> | undefined {
  const other = otherLanguagePage(page, find)
  if (!other) return undefined
  const [english, spanish] = page.locale === 'en' ? [page, other] : [other, page]
  return {
    [LANGUAGE_TAG.en]: absoluteUrl(english.route),
    [LANGUAGE_TAG.es]: absoluteUrl(spanish.route),
    'x-default': absoluteUrl(english.route),
  }
}

/**
 * One page's tags. A page that sets openGraph replaces the layout's whole openGraph (Next merges
 * metadata shallowly), so the share image is repeated here.
 */
export function metadataForPage(page: Page): Metadata {
  const { title, description } = page.frontmatter
  const url = absoluteUrl(page.route)
  const languages = languageAlternates(page)
  const other: Locale = page.locale === 'en' ? 'es' : 'en'
  return {
    // The layout's template adds the site name, except on a home page.
    title: page.englishRoute === '/' ? { absolute: title } : title,
    description,
    alternates: { canonical: url, ...(languages ? { languages } : {}) },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName: dictionaryFor(page.locale).siteName,
      locale: OPEN_GRAPH_LOCALE[page.locale],
      ...(languages ? { alternateLocale: [OPEN_GRAPH_LOCALE[other]] } : {}),
      images: [shareImageFor(page.locale)],
    },
    twitter: { card: 'summary_large_image', title, description, images: [shareImageFor(page.locale)] },
  }
}

/** Next adds <meta name="robots" content="noindex"> to the not-found page by itself. */
export const notFoundMetadata: Metadata = {
  ...siteMetadata,
  title: `${dictionaryFor('en').pageNotFound} / ${dictionaryFor('es').pageNotFound} | ${dictionaryFor('en').siteName}`,
}

/** Every page, with the date it was last reviewed as its last change. */
export function sitemapEntries(pages: readonly Page[] = getAllPages()): MetadataRoute.Sitemap {
  const byRoute = new Map(pages.map((page) => [page.route, page]))
  return pages.map((page) => {
    const languages = languageAlternates(page, (route) => byRoute.get(route))
    return { url: absoluteUrl(page.route), lastModified: page.frontmatter.lastReviewed, ...(languages ? { alternates: { languages } } : {}) }
  })
}

export function robotsRules(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') }
}
