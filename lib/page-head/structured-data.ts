/**
 * Structured data (JSON-LD, schema.org) for each content page, built from the program facts and
 * the page's frontmatter, so search engines read the same facts the page shows:
 *
 *   - the organization (MedicalClinic: the schema.org type that lists services), its phone number
 *     and its programs as `availableService`, on every content page;
 *   - the page itself: MedicalWebPage with its review date, or FAQPage on the FAQ, whose
 *     questions and answers are the ones on the page (lib/content/faq.ts);
 *   - a BreadcrumbList on nested pages, following the visible breadcrumbs.
 *
 * Only what the facts hold is said: no address or opening hours unless staff have added them.
 */
import type { BreadcrumbList, FAQPage, MedicalClinic, MedicalWebPage, Thing, WithContext } from 'schema-dts'
import { CONTENT_LANGUAGE, routeInLocale } from '@/lib/base/addresses'
import type { Page } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { faqEntries } from '@/lib/content/faq'
import { breadcrumbsFor } from '@/lib/page-head/navigation'
import { facts as siteFacts, factsFor, programSummaries, type ProgramFacts } from '@/lib/facts'
import { FAQ_ROUTE, SITE_URL, absoluteUrl } from '@/lib/base/site'

const ORGANIZATION_ID = `${SITE_URL}/#organization`
const WEBSITE_ID = `${SITE_URL}/#website`

export function organizationJsonLd(facts: ProgramFacts = siteFacts): WithContext<MedicalClinic> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': ORGANIZATION_ID,
    name: facts.organization.name,
    url: absoluteUrl(routeInLocale('/', facts.locale)),
    // The same number as the tap-to-call links, in international form.
    telephone: facts.phone.href,
    ...(facts.organization.address ? { address: facts.organization.address } : {}),
    availableService: programSummaries(facts).map((program) => ({
      '@type': 'MedicalTherapy',
      name: program.name,
      ...(program.shortName ? { alternateName: program.shortName } : {}),
      description: program.forWhom,
      url: absoluteUrl(program.href),
    })),
  }
}

function webPageFields(page: Page) {
  const url = absoluteUrl(page.route)
  return {
    '@id': `${url}#webpage`,
    url,
    name: page.frontmatter.title,
    description: page.frontmatter.description,
    inLanguage: CONTENT_LANGUAGE[page.locale],
    lastReviewed: page.frontmatter.lastReviewed,
    isPartOf: { '@type': 'WebSite', '@id': WEBSITE_ID, name: dictionaryFor(page.locale).siteName, url: absoluteUrl(routeInLocale('/', page.locale)) },
    publisher: { '@id': ORGANIZATION_ID },
  } as const
}

export function medicalWebPageJsonLd(page: Page): WithContext<MedicalWebPage> {
  return { '@context': 'https://schema.org', '@type': 'MedicalWebPage', ...webPageFields(page) }
}

/** The FAQ page, with each question and its answer as the page shows them. */
export function faqPageJsonLd(page: Page): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...webPageFields(page),
    mainEntity: faqEntries(page).map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  }
}

/** The visible breadcrumbs, then the page itself. Undefined for top-level pages, which show none. */
export function breadcrumbJsonLd(page: Page): WithContext<BreadcrumbList> | undefined {
  if (page.englishRoute.split('/').filter(Boolean).length < 2) return undefined
  const trail = [...breadcrumbsFor(page.segments, page.locale), { href: page.route, label: page.frontmatter.title }]
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href),
    })),
  }
}

/** Every JSON-LD block of a content page. */
export function structuredDataFor(page: Page): WithContext<Thing>[] {
  const isFaq = page.englishRoute === FAQ_ROUTE && faqEntries(page).length > 0
  return [
    organizationJsonLd(factsFor(page.locale)),
    isFaq ? faqPageJsonLd(page) : medicalWebPageJsonLd(page),
    breadcrumbJsonLd(page),
  ].filter((block) => block !== undefined)
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is written as \u003c so no text
 * in the data can close the element ("</script>") and start HTML of its own.
 */
export function serializeJsonLd(data: WithContext<Thing>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
