import { pagesInFolder } from '@/lib/content'
import { pageMetadata, renderPage } from '@/lib/render-page'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return pagesInFolder('programs').map((page) => ({ slug: page.segments[1] }))
}

export async function generateMetadata({ params }: Props) {
  return pageMetadata(['programs', (await params).slug])
}

export default async function ProgramPage({ params }: Props) {
  return renderPage(['programs', (await params).slug])
}
