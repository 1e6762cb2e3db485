import Link from 'next/link'
import { PhoneLink } from '@/components/mdx/phone-link'
import { CallOrText } from '@/components/site/call-or-text'
import { footerLinks, mainNavLinks } from '@/lib/navigation'
import { facts } from '@/lib/program-facts'

export function SiteFooter() {
  const { suicideAndCrisis, emergency, samhsa } = facts.crisisLines
  return (
    <footer className="site-footer mt-16 border-t-4 border-brand bg-brand-light">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <h2 className="text-lg font-bold">Talk to us</h2>
          <p className="mt-2">
            Call {facts.organization.name} at <PhoneLink />.
          </p>
          {facts.organization.address ? <p className="mt-2">{facts.organization.address}</p> : null}
          {facts.organization.hours ? <p className="mt-2">{facts.organization.hours}</p> : null}
        </div>
        <div>
          <h2 className="text-lg font-bold">Help right now</h2>
          <ul className="mt-2 space-y-1">
            <li>
              {suicideAndCrisis.name}: <CallOrText line="suicideAndCrisis" />
            </li>
            <li>
              {emergency.name}: call <PhoneLink line="emergency" />
            </li>
            <li>
              {samhsa.name}: <PhoneLink line="samhsa" />
            </li>
          </ul>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-lg font-bold">On this site</h2>
          <ul className="mt-2 space-y-1">
            {[{ href: '/', label: 'Home' }, ...mainNavLinks(), ...footerLinks()].map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-10 text-muted">
        <p>
          This site gives information about our programs. It does not diagnose any condition or replace advice from
          a health professional.
        </p>
      </div>
    </footer>
  )
}
