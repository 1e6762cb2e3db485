import { PhoneLink } from '@/components/mdx/phone-link'
import { facts, type PhoneLine } from '@/lib/program-facts'

/**
 * "call 988 or text 988" for a line that takes text messages, "call 911" for one that does not:
 * whether a line takes texts is a fact (`text` in content/program-facts.yaml), never typed here.
 */
export function CallOrText({
  line,
  capitalized = false,
  className,
}: {
  line: Exclude<PhoneLine, 'program'>
  /** "Call …" at the start of a sentence, "call …" inside one. */
  capitalized?: boolean
  className?: string
}) {
  return (
    <>
      {capitalized ? 'Call' : 'call'} <PhoneLink line={line} className={className} />
      {facts.crisisLines[line].text ? (
        <>
          {' '}
          or text <PhoneLink line={line} sms className={className} />
        </>
      ) : null}
    </>
  )
}
