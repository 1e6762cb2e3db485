import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { generateMetadata as siteMetadata } from '@/app/(site)/[[...slug]]/page'
import { ContentPage } from '@/components/site/content-page'
import { routeOf } from '@/lib/base/addresses'
import { findPage } from '@/lib/content'
import { pageBodyAtRequest } from '@/lib/content/page-at-request'
import { mdxComponentsFor, useMDXComponents } from '@/mdx-components'

/**
 * The site's pages as the editor's preview (edit mode only): next.config.mjs sends every address
 * of the site here. The same page as the public route, looked up on each visit and compiled from
 * its file as it is now (lib/content/page-at-request.ts): a page's module from the build would
 * show the text it had when the editor was built, and Next's development server would answer a
 * page saved a moment ago from its old list of pages (a 404 first).
 */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug?: string[] }> }

async function pageOf(params: Props['params']) {
  const page = findPage(routeOf((await params).slug ?? []))
  if (!page) notFound()
  return page
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await pageOf(props.params)
  return siteMetadata(props)
}

export default async function PreviewPage(props: Props) {
  const page = await pageOf(props.params)
  const Body = await pageBodyAtRequest(page, useMDXComponents)
  return (
    <ContentPage page={page}>
      <Body components={mdxComponentsFor(page.locale, page.frontmatter.sources)} />
    </ContentPage>
  )
}
