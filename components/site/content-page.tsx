import type { ReactNode } from 'react'
import { Breadcrumbs } from '@/components/site/breadcrumbs'
import { JsonLd } from '@/components/site/json-ld'
import { PageReview } from '@/components/site/page-review'
import { ProgramNav } from '@/components/site/program-nav'
import type { Page } from '@/lib/content'
import { breadcrumbsFor } from '@/lib/navigation'
import { programAt } from '@/lib/program-facts'
import { absoluteUrl } from '@/lib/site'
import { structuredDataFor } from '@/lib/structured-data'

/**
 * The frame of every content page: breadcrumbs, the one h1, the MDX body, the review line, and
 * the page's structured data. A program's page (one whose address a program in the facts has)
 * also gets the links between the programs beside it.
 */
export function ContentPage({ page, children }: { page: Page; children: ReactNode }) {
  const article = (
    <article className="prose pt-6">
      {page.segments.length > 1 ? <Breadcrumbs trail={breadcrumbsFor(page.segments)} /> : null}
      <h1>{page.frontmatter.title}</h1>
      {children}
      <PageReview lastReviewed={page.frontmatter.lastReviewed} nextReview={page.frontmatter.nextReview} />
      <p className="print-only">Web address: {absoluteUrl(page.route)}</p>
      {structuredDataFor(page).map((data, index) => (
        <JsonLd key={index} data={data} />
      ))}
    </article>
  )
  if (!programAt(page.route)) return article
  return (
    <div className="gap-12 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>{article}</div>
      <ProgramNav current={page.route} />
    </div>
  )
}
