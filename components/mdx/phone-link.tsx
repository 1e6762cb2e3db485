import { phoneFor, type PhoneLine } from '@/lib/facts'

interface PhoneLinkProps {
  /** Which number: the program line (default) or a crisis line. */
  line?: PhoneLine
  /** Send a text message instead of calling (988 takes texts). */
  sms?: boolean
  /** Words before the number inside the link, like "Call". */
  label?: string
  className?: string
}

/** A tap-to-call (or tap-to-text) link. The number comes from the program facts. */
export function PhoneLink({ line = 'program', sms = false, label, className }: PhoneLinkProps) {
  const phone = phoneFor(line)
  return (
    <a href={`${sms ? 'sms' : 'tel'}:${phone.href}`} className={className ?? 'phone-link'}>
      {label ? `${label} ` : null}
      <span className="whitespace-nowrap">{phone.display}</span>
    </a>
  )
}
