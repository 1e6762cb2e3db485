'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'
import type { NavLink } from '@/lib/navigation'

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`)
}

function NavList({ links, pathname, className }: { links: NavLink[]; pathname: string; className: string }) {
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            className="nav-link"
            aria-current={pathname === link.href ? 'page' : isCurrent(pathname, link.href) ? 'true' : undefined}
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/**
 * The main navigation. On a phone it sits behind a "Menu" <details>, which opens without
 * JavaScript; on wider screens the links show in a row. Only one of the two is displayed at a
 * time, so screen readers meet one navigation. With JavaScript, the menu closes after a click.
 */
export function SiteNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname()
  const menu = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (menu.current) menu.current.open = false
  }, [pathname])

  return (
    <>
      <details ref={menu} className="site-menu md:hidden">
        <summary className="menu-button">Menu</summary>
        <nav aria-label="Main">
          <NavList links={links} pathname={pathname} className="flex flex-col border-t border-line py-2" />
        </nav>
      </details>
      <nav aria-label="Main" className="hidden md:block">
        <NavList links={links} pathname={pathname} className="flex flex-wrap gap-x-2" />
      </nav>
    </>
  )
}
