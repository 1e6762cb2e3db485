import { pagesInFolder } from '@/lib/content'
import { pageMetadata, renderPage } from '@/lib/render-page'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return pagesInFolder('').map((page) => ({ slug: page.segments[0] }))
}

export async function generateMetadata({ params }: Props) {
  return pageMetadata([(await params).slug])
}

export default async function TopLevelPage({ params }: Props) {
  return renderPage([(await params).slug])
}
