import { pageMetadata, renderPage } from '@/lib/render-page'

export const metadata = pageMetadata([])

export default function HomePage() {
  return renderPage([])
}
