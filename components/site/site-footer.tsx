import Link from 'next/link'
import { PhoneLink } from '@/components/mdx/phone-link'
import { CallOrText } from '@/components/site/call-or-text'
import type { Locale } from '@/lib/base/addresses'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { footerLinks, homeLink, mainNavLinks } from '@/lib/page-head/navigation'
import { factsFor } from '@/lib/facts'

export function SiteFooter({ locale }: { locale: Locale }) {
  const facts = factsFor(locale)
  const words = dictionaryFor(locale)
  const { suicideAndCrisis, emergency, samhsa } = facts.crisisLines
  return (
    <footer className="site-footer mt-16 border-t-4 border-brand bg-brand-light">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div>
          <h2 className="text-lg font-bold">{words.talkToUs}</h2>
          <p className="mt-2">
            {words.callOrganizationAt(facts.organization.name)} <PhoneLink />.
          </p>
          {facts.organization.address ? <p className="mt-2">{facts.organization.address}</p> : null}
          {facts.organization.hours ? <p className="mt-2">{facts.organization.hours}</p> : null}
        </div>
        <div>
          <h2 className="text-lg font-bold">{words.helpRightNow}</h2>
          <ul className="mt-2 space-y-1">
            <li>
              {suicideAndCrisis.name}: <CallOrText line="suicideAndCrisis" locale={locale} />
            </li>
            <li>
              {emergency.name}: {words.callInSentence} <PhoneLink line="emergency" />
            </li>
            <li>
              {samhsa.name}: <PhoneLink line="samhsa" />
              {samhsa.languagesText ? ` (${samhsa.languagesText})` : null}
            </li>
          </ul>
        </div>
        <nav aria-label={words.footerNavLabel}>
          <h2 className="text-lg font-bold">{words.onThisSite}</h2>
          <ul className="mt-2 space-y-1">
            {[homeLink(locale), ...mainNavLinks(locale), ...footerLinks(locale)].map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-10 text-muted">
        <p>{words.footerDisclaimer}</p>
      </div>
    </footer>
  )
}
