/**
 * Pages that give health or legal guidance and wait for a clinician's review.
 *
 * A page says what guidance it gives (`guidance: [health]`) and who last checked it
 * (`reviewedBy`). Until a clinical role has reviewed it, the check lists it, so staff can see what
 * waits for a clinician. It stays a warning even with --strict: the page tells readers so at its
 * foot, and the site must still be built.
 */
import { CLINICAL_REVIEWER_ROLES, awaitsClinicalReview } from '@/lib/base/content-rules'
import { frontmatterLine, type Finding, type PageSource } from '@/lib/content-check/types'

export function checkClinicalReview(entry: PageSource): Finding[] {
  if (!entry.page || !awaitsClinicalReview(entry.page.frontmatter)) return []
  const { guidance, reviewedBy } = entry.page.frontmatter
  return [
    {
      line: frontmatterLine(entry.source, 'reviewedBy'),
      column: 1,
      field: 'reviewedBy',
      message: `This page gives ${guidance!.join(' and ')} guidance and was last reviewed by the ${reviewedBy.toLowerCase()}, not by a clinician. It waits for a clinical review; until then its foot tells readers so.`,
      hint: `When one of these has reviewed the page, set reviewedBy to their role and lastReviewed to the date: ${CLINICAL_REVIEWER_ROLES.join(', ')}.`,
      severity: 'warning',
      staysWarning: true,
    },
  ]
}
