import type { ReactNode } from 'react'

/**
 * The editor's own root layout (edit mode only, `npm run edit`): the document, and nothing of the
 * site's frame. The public pages have theirs in app/(site)/[[...slug]]/layout.tsx, where the
 * page's address gives `<html lang>`.
 */
export default function EditorRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
