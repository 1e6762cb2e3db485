import { isValidElement, type ReactNode } from 'react'
import { PhoneLink } from '@/components/mdx/phone-link'
import { facts } from '@/lib/program-facts'

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
export function CallUs({ children }: { children?: ReactNode }) {
  return (
    <aside aria-label={`Call ${facts.organization.name}`} className="my-8 rounded-md bg-brand-light p-5">
      <p className="mt-0 text-lg">
        {firstLine(children) ?? <>You do not have to work this out alone. Call us to ask questions and talk through your options.</>}
      </p>
      <p className="mb-0 mt-3">
        <PhoneLink label="Call" className="button-primary" />
      </p>
    </aside>
  )
}
