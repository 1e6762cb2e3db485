// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SiteNav, ariaCurrentFor } from '@/components/site/site-nav'

afterEach(cleanup)

const links = [
  { href: '/', label: 'Home' },
  { href: '/programs', label: 'Programs' },
  { href: '/faq', label: 'Questions' },
]

describe('SiteNav', () => {
  it('marks the page the reader is on, and the section a page is in', () => {
    expect(ariaCurrentFor('/faq', '/faq')).toBe('page')
    expect(ariaCurrentFor('/programs/sacot', '/programs')).toBe('true')
    expect(ariaCurrentFor('/programs/sacot', '/')).toBeUndefined()
    expect(ariaCurrentFor('/', '/')).toBe('page')
    expect(ariaCurrentFor('/faq-more', '/faq')).toBeUndefined()
    expect(ariaCurrentFor(undefined, '/')).toBeUndefined()
  })

  it('is a <details> menu for phones and a row of links for wider screens, both marked, with no script', () => {
    const { container } = render(<SiteNav links={links} current="/programs" />)
    expect(container.querySelector('details > summary')?.textContent).toBe('Menu')
    const navs = screen.getAllByRole('navigation', { name: 'Main', hidden: true })
    expect(navs).toHaveLength(2)
    for (const nav of navs) {
      expect(within(nav).getByRole('link', { name: 'Programs', hidden: true }).getAttribute('aria-current')).toBe('page')
      expect(within(nav).getByRole('link', { name: 'Home', hidden: true }).getAttribute('aria-current')).toBeNull()
    }
  })
})
