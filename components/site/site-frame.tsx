import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'

/**
 * What every public page has around its content: skip link, header with the phone, footer.
 * `current` is the page's address, to mark it in the menu; undefined on the 404 page.
 */
export function SiteFrame({ current, children }: { current: string | undefined; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader current={current} />
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-6xl px-4">
        {children}
      </main>
      <SiteFooter />
    </>
  )
}
