import { PhoneLink } from '@/components/mdx/phone-link'

/** The crisis line, at the top of every page, in the same place. */
export function CrisisBanner() {
  return (
    <div className="crisis-banner border-b border-crisis/30 bg-crisis-light text-ink">
      <p className="mx-auto max-w-6xl px-4 py-2 text-base">
        <strong>In crisis?</strong> Call <PhoneLink line="suicideAndCrisis" className="crisis-link" /> or text{' '}
        <PhoneLink line="suicideAndCrisis" sms className="crisis-link" />. In an emergency, call{' '}
        <PhoneLink line="emergency" className="crisis-link" />.
      </p>
    </div>
  )
}
