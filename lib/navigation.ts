import { segmentsOf } from '@/lib/addresses'
import { getPage, shortTitle } from '@/lib/content'
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
    const parent = segments.slice(0, i)
    trail.push({ href: `/${parent.join('/')}`, label: shortTitle(getPage(parent)) })
  }
  return trail
}
