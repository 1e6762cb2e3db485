import { isValidElement, type ReactNode } from 'react'
import { PhoneLink } from '@/components/mdx/phone-link'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { facts } from '@/lib/facts'

/**
 * The first line of the panel. Text written on its own lines between <CallUs> and </CallUs> (the
 * way the browser editor writes it) arrives as one paragraph; it is unwrapped so the panel keeps a
 * single <p>, the same HTML as text written on one line.
 */
function firstLine(children: ReactNode): ReactNode {
  if (isValidElement<{ children?: ReactNode }>(children) && children.type === 'p') return children.props.children
  return children
}

/** A "talk to us" panel with the program phone number. Optional children replace the first line. */
export function CallUs({ children, locale = 'en' }: { children?: ReactNode; locale?: Locale }) {
  const words = dictionaryFor(locale)
  return (
    <aside aria-label={words.callUsLabel(facts.organization.name)} className="my-8 rounded-md bg-brand-light p-5">
      <p className="mt-0 text-lg">{firstLine(children) ?? words.callUsLine}</p>
      <p className="mb-0 mt-3">
        <PhoneLink label={words.call} className="button-primary" />
      </p>
    </aside>
  )
}
