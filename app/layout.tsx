import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { siteMetadata } from '@/lib/metadata'

export const metadata: Metadata = siteMetadata

export const viewport: Viewport = {
  themeColor: '#0b5563',
}

/**
 * The document only. The public pages get their frame from app/(site)/layout.tsx and the 404 page
 * from app/not-found.tsx, so a tool mounted beside them (the staff editor, in edit mode) does not
 * sit inside the site's header and footer.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
