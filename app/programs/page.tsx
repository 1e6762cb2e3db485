import { pageMetadata, renderPage } from '@/lib/render-page'

export const metadata = pageMetadata(['programs'])

export default function ProgramsPage() {
  return renderPage(['programs'])
}
