import Link from 'next/link'
import { routeInLocale, type Locale } from '@/lib/base/addresses'
import { signerName, type SignOffState } from '@/lib/content/sign-off'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { formatLongDate } from '@/lib/base/format'

/**
 * NHS-style review line at the foot of every content page: when it was last checked and when it
 * is due again. A page that gives no guidance names the role that checked it. A page that gives
 * health or legal guidance names the clinician who signed off its text, only while its text is
 * the text signed (lib/content/sign-off.ts); otherwise it says it awaits review. It claims no
 * review that no one signed.
 */
export function PageReview({
  lastReviewed,
  nextReview,
  reviewedBy,
  clinical,
  locale,
}: {
  lastReviewed: string
  nextReview: string
  reviewedBy?: string
  clinical: SignOffState
  locale: Locale
}) {
  const words = dictionaryFor(locale)
  const guidance = clinical.state !== 'not-needed'
  return (
    <div className="page-review mt-12 border-t border-line pt-4 text-base text-muted">
      <p>
        {guidance || !reviewedBy ? words.pageLastUpdated : words.pageLastReviewed} <time dateTime={lastReviewed}>{formatLongDate(lastReviewed, locale)}</time>
        {!guidance && reviewedBy ? <>, {words.byThe(reviewedBy)}</> : null}
        <br />
        {words.nextReviewDue} <time dateTime={nextReview}>{formatLongDate(nextReview, locale)}</time>
      </p>
      {clinical.state === 'signed' ? (
        <p className="signed-off">
          {words.clinicallyReviewedBy(signerName(clinical.signOff))} <time dateTime={clinical.signOff.date}>{formatLongDate(clinical.signOff.date, locale)}</time>.
        </p>
      ) : null}
      {clinical.state === 'awaits' || clinical.state === 'changed' ? (
        <p className="awaits-review">
          {clinical.state === 'changed' ? words.changedSinceClinicalReview : words.awaitsClinicalReview}{' '}
          <Link href={routeInLocale('/about', locale)}>{words.howWeWrite}</Link>
        </p>
      ) : null}
    </div>
  )
}
