import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import SitePage, { generateMetadata as siteMetadata } from '@/app/(site)/[[...slug]]/page'
import { routeOf } from '@/lib/base/addresses'
import { findPage } from '@/lib/content'

/**
 * The site's pages as the editor's preview (edit mode only): next.config.mjs sends every address
 * of the site here. The same page as the public route, looked up on each visit: Next's
 * development server would otherwise answer a page saved a moment ago from its old list of pages
 * (a 404 first), as the public route's list is made once, for the build.
 */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug?: string[] }> }

async function ensurePage(params: Props['params']) {
  if (!findPage(routeOf((await params).slug ?? []))) notFound()
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await ensurePage(props.params)
  return siteMetadata(props)
}

export default async function PreviewPage(props: Props) {
  await ensurePage(props.params)
  return SitePage(props)
}
