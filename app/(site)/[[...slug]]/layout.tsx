import '@/app/globals.css'
import type { ReactNode } from 'react'
import { SiteFrame } from '@/components/site/site-frame'
import { routeOf } from '@/lib/addresses'

/**
 * The frame around every public page. It sits beside the catch-all page, not above it, so it gets
 * the page's address and the menu can mark the page the reader is on, with no script.
 */
export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ slug?: string[] }> }) {
  const { slug } = await params
  return <SiteFrame current={routeOf(slug ?? [])}>{children}</SiteFrame>
}
