import type { Metadata } from 'next'
import { ContentPage } from '@/components/site/content-page'
import { getAllPages, getPage } from '@/lib/content'
import { metadataForPage } from '@/lib/page-head/metadata'
import { mdxComponentsFor } from '@/mdx-components'

/**
 * Every page of the site: each MDX file under content/, at any depth, is a page at its address
 * (lib/base/addresses.ts), the Spanish ones under content/es/ at /es/…. Only the listed pages exist;
 * any other address is the 404 page.
 */
type Props = { params: Promise<{ slug?: string[] }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getAllPages().map((page) => ({ slug: page.segments }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return metadataForPage(getPage((await params).slug ?? []))
}

export default async function Page({ params }: Props) {
  const page = getPage((await params).slug ?? [])
  // The loader has already checked that the file exists and that its frontmatter is valid.
  const { default: Body } = await import(`@/content/${page.file.replace(/\.mdx$/, '')}.mdx`)
  return (
    <ContentPage page={page}>
      {/* The MDX components in the page's language (facts and panels in Spanish on a Spanish page),
          with citations numbered by the page's own list of sources. */}
      <Body components={mdxComponentsFor(page.locale, page.frontmatter.sources)} />
    </ContentPage>
  )
}
