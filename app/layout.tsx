import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/site/site-footer'
import { SiteHeader } from '@/components/site/site-header'
import { SkipLink } from '@/components/site/skip-link'
import { siteMetadata } from '@/lib/metadata'
import './globals.css'

export const metadata: Metadata = siteMetadata

export const viewport: Viewport = {
  themeColor: '#0b5563',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <SiteHeader />
        <main id="main-content" tabIndex={-1} className="mx-auto max-w-6xl px-4">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
