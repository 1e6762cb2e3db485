import { NotFoundHelp } from '@/components/site/not-found-help'
import { notFoundMetadata } from '@/lib/metadata'

export const metadata = notFoundMetadata

export default function NotFound() {
  return <NotFoundHelp />
}
