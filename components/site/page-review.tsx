import Link from 'next/link'
import { routeInLocale, type Locale } from '@/lib/base/addresses'
import { awaitsClinicalReview, type GuidanceKind } from '@/lib/base/content-rules'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { formatLongDate } from '@/lib/base/format'

/**
 * NHS-style review line at the foot of every content page: when and by whom it was last checked,
 * when it is due again, and, on a page that gives health or legal guidance no clinician has
 * reviewed yet, that it waits for one. It claims no review that did not take place.
 */
export function PageReview({
  lastReviewed,
  nextReview,
  reviewedBy,
  guidance,
  locale,
}: {
  lastReviewed: string
  nextReview: string
  reviewedBy: string
  guidance?: readonly GuidanceKind[]
  locale: Locale
}) {
  const words = dictionaryFor(locale)
  return (
    <div className="page-review mt-12 border-t border-line pt-4 text-base text-muted">
      <p>
        {words.pageLastReviewed} <time dateTime={lastReviewed}>{formatLongDate(lastReviewed, locale)}</time>, {words.byThe(reviewedBy)}
        <br />
        {words.nextReviewDue} <time dateTime={nextReview}>{formatLongDate(nextReview, locale)}</time>
      </p>
      {awaitsClinicalReview({ guidance, reviewedBy }) ? (
        <p>
          {words.awaitsClinicalReview} <Link href={routeInLocale('/about', locale)}>{words.howWeWrite}</Link>
        </p>
      ) : null}
    </div>
  )
}
