import Link from 'next/link'
import { PhoneLink } from '@/components/mdx/phone-link'
import { CallOrText } from '@/components/site/call-or-text'

/** The crisis line, at the top of every page, in the same place, with the way to stay safe. */
export function CrisisBanner() {
  return (
    <div className="crisis-banner border-b border-crisis/30 bg-crisis-light text-ink">
      <p className="mx-auto max-w-6xl px-4 py-2 text-base">
        <strong>In crisis?</strong> <CallOrText line="suicideAndCrisis" capitalized className="crisis-link" />. In an
        emergency, call <PhoneLink line="emergency" className="crisis-link" />.{' '}
        <Link href="/staying-safe" className="crisis-link">
          Overdose and staying safe
        </Link>
      </p>
    </div>
  )
}
