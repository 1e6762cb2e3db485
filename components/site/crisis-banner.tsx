import Link from 'next/link'
import { PhoneLink } from '@/components/mdx/phone-link'
import { CallOrText } from '@/components/site/call-or-text'
import { routeInLocale, type Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'

/** The crisis line, at the top of every page, in the same place, with the way to stay safe. */
export function CrisisBanner({ locale }: { locale: Locale }) {
  const words = dictionaryFor(locale)
  return (
    <div className="crisis-banner border-b border-crisis/30 bg-crisis-light text-ink">
      <p className="mx-auto max-w-6xl px-4 py-2 text-base">
        <strong>{words.inCrisis}</strong> <CallOrText line="suicideAndCrisis" locale={locale} capitalized className="crisis-link" />.{' '}
        {words.inAnEmergencyCall} <PhoneLink line="emergency" className="crisis-link" />.{' '}
        <Link href={routeInLocale('/staying-safe', locale)} className="crisis-link">
          {words.overdoseAndStayingSafe}
        </Link>
      </p>
    </div>
  )
}
