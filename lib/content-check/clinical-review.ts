/**
 * Pages that give health or legal guidance and wait for a clinical sign-off
 * (lib/content/sign-off.ts): never signed off, or signed off and changed since. The check lists
 * them, so staff can see what waits for a clinical reviewer. It stays a warning even with
 * --strict: the page tells readers so at its foot, and an urgent fix must still be published.
 */
import { signOffState, signerName } from '@/lib/content/sign-off'
import { frontmatterLine, type Finding, type PageSource } from '@/lib/content-check/types'

export function checkClinicalReview(entry: PageSource): Finding[] {
  if (!entry.page) return []
  const status = signOffState(entry.page, 'clinical')
  if (status.state === 'not-needed' || status.state === 'signed') return []
  const kinds = entry.page.frontmatter.guidance!.join(' and ')
  const message =
    status.state === 'changed'
      ? `The text of this page has changed since ${signerName(status.signOff)} signed it off on ${status.signOff.date}: it awaits a clinical review again, and its foot tells readers so.`
      : `This page gives ${kinds} guidance and no clinical reviewer has signed it off. It awaits a clinical review; until then its foot tells readers so.`
  return [
    {
      line: frontmatterLine(entry.source, 'signOff') ?? frontmatterLine(entry.source, 'guidance'),
      column: 1,
      field: 'signOff.clinical',
      message,
      hint: 'A person with the clinical-reviewer role reads the page in the editor and chooses Sign off (see "Sign off a page" in CONTENT.md).',
      severity: 'warning',
      staysWarning: true,
    },
  ]
}
