/**
 * Site-wide settings that are not program facts.
 *
 * The base URL is set once, here, from the SITE_URL environment variable, and used by canonical
 * links, the sitemap and structured data alike.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'https://www.anuvia.org').replace(/\/+$/, '')

export const SITE_NAME = 'Anuvia treatment programs'

/** The main navigation, in order. Labels come from each page's navTitle (or title). */
export const MAIN_NAV_ROUTES = ['/programs', '/what-to-expect', '/families', '/faq', '/get-help'] as const

/** Links in the footer, after the main navigation. */
export const FOOTER_ROUTES = ['/paying-for-care', '/staying-safe', '/confidentiality', '/about', '/privacy', '/accessibility'] as const

/** The questions-and-answers page: its `## Question?` sections become FAQPage structured data. */
export const FAQ_ROUTE = '/faq'

export function absoluteUrl(route: string): string {
  return `${SITE_URL}${route === '/' ? '' : route}`
}
