import { routeOf, segmentsOf } from '@/lib/addresses'
import { findPage, getPage, shortTitle } from '@/lib/content'
import { FOOTER_ROUTES, MAIN_NAV_ROUTES } from '@/lib/site'

export interface NavLink {
  href: string
  label: string
}

function linksFor(routes: readonly string[]): NavLink[] {
  return routes.map((route) => ({ href: route, label: shortTitle(getPage(segmentsOf(route))) }))
}

export const mainNavLinks = (): NavLink[] => linksFor(MAIN_NAV_ROUTES)
export const footerLinks = (): NavLink[] => linksFor(FOOTER_ROUTES)

/** Breadcrumbs for a nested page: Home, then each parent section that has a page. */
export function breadcrumbsFor(segments: readonly string[]): NavLink[] {
  const trail: NavLink[] = [{ href: '/', label: 'Home' }]
  for (let i = 1; i < segments.length; i++) {
    // A folder may hold pages without having a page of its own: it then has no crumb.
    const parent = findPage(routeOf(segments.slice(0, i)))
    if (parent) trail.push({ href: parent.route, label: shortTitle(parent) })
  }
  return trail
}
