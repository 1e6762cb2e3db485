import { routeInLocale, routeOf, segmentsOf, type Locale } from '@/lib/base/addresses'
import { findPage, shortTitle } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { FOOTER_ROUTES, MAIN_NAV_ROUTES } from '@/lib/base/site'

export interface NavLink {
  href: string
  label: string
}

/**
 * Links to pages in a language, labelled by each page's short title. A Spanish page that does not
 * exist yet is linked in English (the content check warns about the missing translation).
 */
function linksFor(routes: readonly string[], locale: Locale): NavLink[] {
  return routes.map((route) => {
    const page = findPage(routeInLocale(route, locale)) ?? findPage(route)
    if (!page) throw new Error(`No content file for ${route}, which the menu links to.`)
    return { href: page.route, label: shortTitle(page) }
  })
}

export const mainNavLinks = (locale: Locale = 'en'): NavLink[] => linksFor(MAIN_NAV_ROUTES, locale)
export const footerLinks = (locale: Locale = 'en'): NavLink[] => linksFor(FOOTER_ROUTES, locale)

/** The home page of a language: "/" or "/es". */
export function homeLink(locale: Locale): NavLink {
  return { href: routeInLocale('/', locale), label: dictionaryFor(locale).home }
}

/**
 * Breadcrumbs for a nested page: Home, then each parent section that has a page. A Spanish page's
 * trail is its English page's, in Spanish: Inicio (/es), Programas (/es/programs).
 */
export function breadcrumbsFor(segments: readonly string[], locale: Locale = 'en'): NavLink[] {
  const trail: NavLink[] = [homeLink(locale)]
  const english = segmentsOf(routeInLocale(routeOf(segments), 'en'))
  for (let i = 1; i < english.length; i++) {
    // A folder may hold pages without having a page of its own: it then has no crumb.
    const parent = findPage(routeInLocale(routeOf(english.slice(0, i)), locale))
    if (parent) trail.push({ href: parent.route, label: shortTitle(parent) })
  }
  return trail
}
