import type { Metadata } from 'next'
import { ContentPage } from '@/components/site/content-page'
import { getPage } from '@/lib/content'
import { metadataForPage } from '@/lib/metadata'

/**
 * Everything a route needs to show a content page, so each file under app/ stays a few lines.
 * The MDX module is imported by its path under content/; the loader has already checked that
 * the file exists and that its frontmatter is valid.
 */
export async function renderPage(segments: readonly string[]) {
  const page = getPage(segments)
  const { default: Body } = await import(`@/content/${page.file.replace(/\.mdx$/, '')}.mdx`)
  return (
    <ContentPage page={page}>
      <Body />
    </ContentPage>
  )
}

export function pageMetadata(segments: readonly string[]): Metadata {
  return metadataForPage(getPage(segments))
}
