import Link from 'next/link'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import type { NavLink } from '@/lib/page-head/navigation'

/** 'page' for the page itself, 'true' for a section it is in (/programs for /programs/sacot). */
export function ariaCurrentFor(current: string | undefined, href: string): 'page' | 'true' | undefined {
  if (current === undefined) return undefined
  if (current === href) return 'page'
  // A language's home page (/ or /es) is no section of the pages under it.
  return href !== '/' && href !== '/es' && current.startsWith(`${href}/`) ? 'true' : undefined
}

function NavList({ links, current, className }: { links: NavLink[]; current: string | undefined; className: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="nav-link" aria-current={ariaCurrentFor(current, link.href)}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/**
 * The main navigation. On a phone it sits behind a "Menu" <details>, which opens and closes with
 * no script; on wider screens the links show in a row. Only one of the two is displayed at a time,
 * so screen readers meet one navigation. Each link is a full page load, so the menu starts closed
 * on the next page. `current` is the address of the page it is on (undefined on the 404 page).
 */
export function SiteNav({ links, current, locale = 'en' }: { links: NavLink[]; current: string | undefined; locale?: Locale }) {
  const words = dictionaryFor(locale)
  return (
    <>
      <details className="site-menu md:hidden">
        <summary className="menu-button">{words.menu}</summary>
        <nav aria-label={words.mainNavLabel}>
          <NavList links={links} current={current} className="flex flex-col border-t border-line py-2" />
        </nav>
      </details>
      <nav aria-label={words.mainNavLabel} className="hidden md:block">
        <NavList links={links} current={current} className="flex flex-wrap gap-x-2" />
      </nav>
    </>
  )
}
