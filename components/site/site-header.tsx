import Link from 'next/link'
import { CrisisBanner } from '@/components/site/crisis-banner'
import { SiteNav } from '@/components/site/site-nav'
import { PhoneLink } from '@/components/mdx/phone-link'
import { mainNavLinks } from '@/lib/navigation'
import { facts } from '@/lib/program-facts'

/** The frame's header. `current` is the address of the page it is on, to mark it in the menu. */
export function SiteHeader({ current }: { current: string | undefined }) {
  return (
    <header className="site-header border-b-4 border-brand">
      <CrisisBanner />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-3 px-4 py-3">
        <Link href="/" className="brand-link">
          <span className="block text-2xl font-bold leading-tight">{facts.organization.name}</span>
          <span className="block text-base leading-tight">Substance use treatment programs</span>
        </Link>
        <PhoneLink label="Call" className="button-primary print-phone" />
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-2">
        <SiteNav links={mainNavLinks()} current={current} />
      </div>
    </header>
  )
}
