import type { ReactNode } from 'react'
import { PhoneLink } from '@/components/mdx/phone-link'
import { facts } from '@/lib/program-facts'

/** A "talk to us" panel with the program phone number. Optional children replace the first line. */
export function CallUs({ children }: { children?: ReactNode }) {
  return (
    <aside aria-label={`Call ${facts.organization.name}`} className="my-8 rounded-md bg-brand-light p-5">
      <p className="mt-0 text-lg">
        {children ?? <>You do not have to work this out alone. Call us to ask questions and talk through your options.</>}
      </p>
      <p className="mb-0 mt-3">
        <PhoneLink label="Call" className="button-primary" />
      </p>
    </aside>
  )
}
