import '@/app/globals.css'
import { NotFoundHelp } from '@/components/site/not-found-help'
import { SiteFrame } from '@/components/site/site-frame'
import { notFoundMetadata } from '@/lib/metadata'

export const metadata = notFoundMetadata

// Outside the (site) group, so it brings the site's frame itself.
export default function NotFound() {
  return (
    <SiteFrame current={undefined}>
      <NotFoundHelp />
    </SiteFrame>
  )
}
