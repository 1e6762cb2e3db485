/**
 * What search engines and link previews read about each page: title, description, canonical
 * address, Open Graph and Twitter card tags, the sitemap and robots.txt. Built from each page's
 * frontmatter, with every address made absolute from the one SITE_URL (lib/site.ts).
 */
import type { Metadata, MetadataRoute } from 'next'
import { getAllPages, type Page } from '@/lib/content'
import { facts } from '@/lib/program-facts'
import { SITE_NAME, SITE_URL, absoluteUrl } from '@/lib/site'

/** The one share image (lib/share-image.tsx), drawn at build time. */
export const SHARE_IMAGE = {
  url: absoluteUrl('/share-image.png'),
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: `${facts.organization.name}: substance use treatment programs. Call ${facts.phone.display}.`,
} as const

/** Defaults for every page, set by the root layout. */
export const siteMetadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { template: `%s | ${SITE_NAME}`, default: SITE_NAME },
  openGraph: { type: 'website', siteName: SITE_NAME, locale: 'en_US', images: [SHARE_IMAGE] },
  twitter: { card: 'summary_large_image', images: [SHARE_IMAGE] },
}

/**
 * One page's tags. A page that sets openGraph replaces the layout's whole openGraph (Next merges
 * metadata shallowly), so the share image is repeated here.
 */
export function metadataForPage(page: Page): Metadata {
  const { title, description } = page.frontmatter
  const url = absoluteUrl(page.route)
  return {
    // The layout's template adds the site name, except on the home page.
    title: page.route === '/' ? { absolute: title } : title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title, description, siteName: SITE_NAME, locale: 'en_US', images: [SHARE_IMAGE] },
    twitter: { card: 'summary_large_image', title, description, images: [SHARE_IMAGE] },
  }
}

/** Next adds <meta name="robots" content="noindex"> to the not-found page by itself. */
export const notFoundMetadata: Metadata = {
  title: 'Page not found',
}

/** Every page, with the date it was last reviewed as its last change. */
export function sitemapEntries(pages: readonly Page[] = getAllPages()): MetadataRoute.Sitemap {
  return pages.map((page) => ({ url: absoluteUrl(page.route), lastModified: page.frontmatter.lastReviewed }))
}

export function robotsRules(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') }
}
