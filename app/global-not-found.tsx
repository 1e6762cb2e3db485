import '@/app/globals.css'
import { NotFoundHelp } from '@/components/site/not-found-help'
import { SiteFrame } from '@/components/site/site-frame'
import { notFoundMetadata } from '@/lib/page-head/metadata'

export const metadata = notFoundMetadata

/**
 * The one 404 page of the static export (404.html), for any address that is no page. A static
 * host has one 404 file for the whole site, and cannot know the reader's language, so the page
 * speaks both: English first (the page's language), then the same help in Spanish, marked
 * lang="es". It is a root layout of its own: the site's root layout takes the language from the
 * page's address, which an unknown address has not got (Next's globalNotFound, next.config.mjs).
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <SiteFrame current={undefined} locale="en" otherLanguage="/es">
          <NotFoundHelp />
        </SiteFrame>
      </body>
    </html>
  )
}
