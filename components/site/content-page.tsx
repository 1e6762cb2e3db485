import type { ReactNode } from 'react'
import { Breadcrumbs } from '@/components/site/breadcrumbs'
import { JsonLd } from '@/components/site/json-ld'
import { PageReview } from '@/components/site/page-review'
import { PageSources } from '@/components/site/page-sources'
import { ProgramNav } from '@/components/site/program-nav'
import { StaleTranslationNotice, TranslationFoot } from '@/components/site/translation-notice'
import { segmentsOf } from '@/lib/base/addresses'
import type { Page } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { breadcrumbsFor } from '@/lib/page-head/navigation'
import { programAt } from '@/lib/facts'
import { absoluteUrl } from '@/lib/base/site'
import { structuredDataFor } from '@/lib/page-head/structured-data'
import { signOffState } from '@/lib/content/sign-off'
import { translationStatus } from '@/lib/content/translation'

/**
 * The frame of every content page: breadcrumbs, the one h1, the MDX body, the review line, and
 * the page's structured data, with its sources and its review line at the foot. A program's page
 * (one whose address a program in the facts has) also gets the links between the programs beside
 * it. A Spanish page also says where its translation came from, and, when its English page has
 * changed since, says so at the top.
 */
export function ContentPage({ page, children }: { page: Page; children: ReactNode }) {
  const { locale } = page
  const translation = translationStatus(page)
  const article = (
    <article className="prose pt-6">
      {segmentsOf(page.englishRoute).length > 1 ? <Breadcrumbs trail={breadcrumbsFor(page.segments, locale)} locale={locale} /> : null}
      <h1>{page.frontmatter.title}</h1>
      {translation ? <StaleTranslationNotice status={translation} /> : null}
      {children}
      <PageSources sources={page.frontmatter.sources ?? []} locale={locale} />
      <PageReview
        lastReviewed={page.frontmatter.lastReviewed}
        nextReview={page.frontmatter.nextReview}
        reviewedBy={page.frontmatter.reviewedBy}
        clinical={signOffState(page, 'clinical')}
        locale={locale}
      />
      {translation && page.frontmatter.translation ? <TranslationFoot translation={page.frontmatter.translation} status={translation} /> : null}
      <p className="print-only">
        {dictionaryFor(locale).webAddress} {absoluteUrl(page.route)}
      </p>
      {structuredDataFor(page).map((data, index) => (
        <JsonLd key={index} data={data} />
      ))}
    </article>
  )
  if (!programAt(page.route)) return article
  return (
    <div className="gap-12 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div>{article}</div>
      <ProgramNav current={page.route} locale={locale} />
    </div>
  )
}
