import { PhoneLink } from '@/components/mdx/phone-link'
import { CallOrText } from '@/components/site/call-or-text'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { factsFor } from '@/lib/facts'

/** The crisis and national lines, as a panel with tap-to-call links, and how to reach them by relay or TTY. */
export function CrisisHelp({ locale = 'en' }: { locale?: Locale }) {
  const words = dictionaryFor(locale)
  const { suicideAndCrisis, emergency, samhsa } = factsFor(locale).crisisLines
  return (
    <aside aria-labelledby="crisis-help-title" className="my-8 rounded-md border-l-8 border-crisis bg-crisis-light p-5">
      <h2 id="crisis-help-title" className="mt-0 text-xl font-bold text-ink">
        {words.crisisHelpTitle}
      </h2>
      <ul className="mt-3 list-none space-y-3 pl-0">
        <li>
          <strong>{emergency.name}:</strong> {words.crisisHelpEmergency} <PhoneLink line="emergency" />.
        </li>
        <li>
          <strong>{suicideAndCrisis.name}:</strong> <CallOrText line="suicideAndCrisis" locale={locale} />
          {words.crisisHelpAnyTime}
          {suicideAndCrisis.languagesText ? ` ${words.inLanguages(suicideAndCrisis.languagesText)}` : null}
        </li>
        <li>
          <strong>{samhsa.name}:</strong> {words.callInSentence} <PhoneLink line="samhsa" />. {samhsa.note}
          {samhsa.languagesText ? ` ${words.inLanguages(samhsa.languagesText)}` : null}
        </li>
        <li>
          <strong>{words.crisisHelpDeafTitle}</strong> {words.crisisHelpDial} <PhoneLink line="relay" /> {words.crisisHelpRelay}{' '}
          <PhoneLink line="samhsaTty" />.
        </li>
      </ul>
    </aside>
  )
}
