import { PhoneLink } from '@/components/mdx/phone-link'
import type { Locale } from '@/lib/base/addresses'
import { capitalize } from '@/lib/languages/phrases'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { facts, type PhoneLine } from '@/lib/facts'

/**
 * "call 988 or text 988" for a line that takes text messages, "call 911" for one that does not:
 * whether a line takes texts is a fact (`text` in content/program-facts.yaml), never typed here.
 */
export function CallOrText({
  line,
  locale,
  capitalized = false,
  className,
}: {
  line: Exclude<PhoneLine, 'program'>
  locale: Locale
  /** "Call …" at the start of a sentence, "call …" inside one. */
  capitalized?: boolean
  className?: string
}) {
  const words = dictionaryFor(locale)
  // On Spanish pages the 988 Lifeline comes with its steps to Spanish: a Spanish speaker who
  // calls and waits, or texts without the word AYUDA, reaches the English queue.
  const inSpanish = line === 'suicideAndCrisis' && words.lifelineCallInSpanish !== ''
  return (
    <>
      {capitalized ? capitalize(words.callInSentence) : words.callInSentence} <PhoneLink line={line} className={className} />
      {inSpanish ? ` ${words.lifelineCallInSpanish}` : null}
      {facts.crisisLines[line].text ? (
        <>
          {' '}
          {inSpanish ? words.lifelineTextInSpanish : words.orText} <PhoneLink line={line} sms className={className} />
        </>
      ) : null}
    </>
  )
}
