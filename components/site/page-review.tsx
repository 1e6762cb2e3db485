import { formatLongDate } from '@/lib/format'

/** NHS-style review line at the foot of every content page. */
export function PageReview({ lastReviewed, nextReview }: { lastReviewed: string; nextReview: string }) {
  return (
    <div className="page-review mt-12 border-t border-line pt-4 text-base text-muted">
      <p>
        Page last reviewed: <time dateTime={lastReviewed}>{formatLongDate(lastReviewed)}</time>
        <br />
        Next review due: <time dateTime={nextReview}>{formatLongDate(nextReview)}</time>
      </p>
    </div>
  )
}
