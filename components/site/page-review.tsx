import Link from 'next/link'
import { awaitsClinicalReview, type GuidanceKind } from '@/lib/content-rules'
import { formatLongDate } from '@/lib/format'

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
}: {
  lastReviewed: string
  nextReview: string
  reviewedBy: string
  guidance?: readonly GuidanceKind[]
}) {
  return (
    <div className="page-review mt-12 border-t border-line pt-4 text-base text-muted">
      <p>
        Page last reviewed: <time dateTime={lastReviewed}>{formatLongDate(lastReviewed)}</time>, by the{' '}
        {reviewedBy.toLowerCase()}
        <br />
        Next review due: <time dateTime={nextReview}>{formatLongDate(nextReview)}</time>
      </p>
      {awaitsClinicalReview({ guidance, reviewedBy }) ? (
        <p>
          A clinician has not yet reviewed this page. <Link href="/about">How we write and check these pages</Link>
        </p>
      ) : null}
    </div>
  )
}
