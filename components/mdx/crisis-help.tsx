import { PhoneLink } from '@/components/mdx/phone-link'
import { CallOrText } from '@/components/site/call-or-text'
import { facts } from '@/lib/program-facts'

/** The crisis and national lines, as a panel with tap-to-call links, and how to reach them by relay or TTY. */
export function CrisisHelp() {
  const { suicideAndCrisis, emergency, samhsa } = facts.crisisLines
  return (
    <aside aria-labelledby="crisis-help-title" className="my-8 rounded-md border-l-8 border-crisis bg-crisis-light p-5">
      <h2 id="crisis-help-title" className="mt-0 text-xl font-bold text-ink">
        If you are in crisis now
      </h2>
      <ul className="mt-3 list-none space-y-3 pl-0">
        <li>
          <strong>{emergency.name}:</strong> if you or someone else is in danger, call{' '}
          <PhoneLink line="emergency" />.
        </li>
        <li>
          <strong>{suicideAndCrisis.name}:</strong> <CallOrText line="suicideAndCrisis" />, any time, day or night.
        </li>
        <li>
          <strong>{samhsa.name}:</strong> call <PhoneLink line="samhsa" />. {samhsa.note}
          {samhsa.languagesText ? ` In ${samhsa.languagesText}.` : null}
        </li>
        <li>
          <strong>If you are deaf or hard of hearing:</strong> dial <PhoneLink line="relay" /> for a relay service, or
          call the helpline&apos;s TTY (text telephone) line, <PhoneLink line="samhsaTty" />.
        </li>
      </ul>
    </aside>
  )
}
