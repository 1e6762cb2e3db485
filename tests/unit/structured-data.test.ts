import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import { parse } from 'yaml'
import { ContentError, getAllPages, parsePage } from '@/lib/content'
import { faqEntries } from '@/lib/content/faq'
import { factText } from '@/lib/content/mdx-text'
import { FACTS_FILE, facts, parseProgramFacts, programByKey, programSummaries } from '@/lib/facts'

const iop = programByKey('iop')
const sacot = programByKey('sacot')
import { absoluteUrl } from '@/lib/base/site'
import {
  breadcrumbJsonLd,
  faqPageJsonLd,
  medicalWebPageJsonLd,
  organizationJsonLd,
  serializeJsonLd,
  structuredDataFor,
} from '@/lib/page-head/structured-data'

/** schema-dts types are unions that include plain strings; tests read the objects as they are. */
const plain = (data: unknown) => data as Record<string, unknown>

const FRONTMATTER = `---
title: Questions and answers
description: Answers to the questions people ask most about our programs and how to start.
lastReviewed: 2026-11-27
reviewedBy: Clinical director
---
`

/** A FAQ page made from `body`, as the loader would read content/en/faq.mdx. */
const faqPage = (body: string) => parsePage(`${FRONTMATTER}${body}`, 'en/faq.mdx')

const FAQ = faqPage(`
Jump to a question:

- [How often does IOP meet?](#how-often-does-iop-meet)
- [How do I start?](#how-do-i-start)

## How often does IOP meet?

It meets <Fact name="iop.howOften" /> for
<Fact name="iop.weeks" /> weeks, in the <Fact name="iop.groupTimes" />.

{/* Staff note: check this every year. */}

### And after that?

You can join the <Fact name="continuingCare.name" />.

## What does SACOT include?

<FactList name="sacot.includes" />

## How do I start?

Call <PhoneLink label="us at" />. In a crisis, call or text <PhoneLink line="suicideAndCrisis" />.

1. We **listen**.
2. We help you [choose a program](/programs).

<CallUs />

## More help

<CallUs />
`)

describe('FAQ questions and answers from the MDX', () => {
  it('reads each "## …?" section, skipping the list of links before and the section that is not a question', () => {
    expect(faqEntries(FAQ)).toEqual([
      {
        question: 'How often does IOP meet?',
        answer: [
          `It meets ${iop.howOften} for ${iop.weeks} weeks, in the ${factText('iop.groupTimes')}.`,
          'And after that?',
          `You can join the ${facts.continuingCare.name}.`,
        ].join('\n'),
      },
      { question: 'What does SACOT include?', answer: sacot.includes.join('\n') },
      {
        question: 'How do I start?',
        answer: [
          `Call us at ${facts.phone.display}. In a crisis, call or text ${facts.crisisLines.suicideAndCrisis.phone.display}.`,
          'We listen.',
          'We help you choose a program.',
        ].join('\n'),
      },
    ])
  })

  it('resolves facts in questions too', () => {
    expect(faqEntries(faqPage('## Is the <Fact name="iop.shortName" /> for me?\n\nMaybe.\n'))).toEqual([
      { question: `Is the ${iop.shortName} for me?`, answer: 'Maybe.' },
    ])
  })

  it('stops the build, naming the file and line, for a component whose text it cannot know', () => {
    const page = faqPage('## Which one?\n\nCompare them.\n\n<ProgramComparison />\n')
    expect(() => faqEntries(page)).toThrow(ContentError)
    try {
      faqEntries(page)
    } catch (error) {
      const [problem] = (error as ContentError).problems
      expect(problem.file).toBe('content/en/faq.mdx')
      expect(problem.line).toBe(FRONTMATTER.split('\n').length + 4)
      expect(problem.message).toContain('<ProgramComparison>')
    }
  })

  it('refuses expressions, unknown phone lines and questions with no answer', () => {
    expect(() => faqEntries(faqPage('## Why?\n\nBecause {1 + 1}.\n'))).toThrow(/Curly braces/)
    expect(() => faqEntries(faqPage('## Who?\n\n<PhoneLink line="pizza" />\n'))).toThrow(/names no phone line/)
    expect(() => faqEntries(faqPage('## Who?\n\n## When?\n\nSoon.\n'))).toThrow(/has no answer/)
  })

  it('finds no questions on a page without any', () => {
    expect(faqEntries(faqPage('Some text.\n\n## A heading\n\nMore text.\n'))).toEqual([])
  })
})

describe('JSON-LD', () => {
  it('describes the organization with its phone number and programs, from the facts', () => {
    const organization = plain(organizationJsonLd())
    expect(organization['@type']).toBe('MedicalClinic')
    expect(organization).toMatchObject({ name: facts.organization.name, telephone: facts.phone.href, url: absoluteUrl('/') })
    expect(organization).not.toHaveProperty('address')
    const services = organization.availableService as { '@type': string; name: string; url: string }[]
    expect(services.map((s) => s.name)).toEqual(programSummaries().map((p) => p.name))
    expect(services.map((s) => s.url)).toEqual(programSummaries().map((p) => absoluteUrl(p.href)))
    expect(new Set(services.map((s) => s['@type']))).toEqual(new Set(['MedicalTherapy']))
  })

  it('gives the address only when the facts have one', () => {
    const data = parse(fs.readFileSync(FACTS_FILE, 'utf8'))
    const withAddress = parseProgramFacts({ ...data, organization: { ...data.organization, address: '1 Main Street' } })
    expect(organizationJsonLd(withAddress)).toMatchObject({ address: '1 Main Street' })
  })

  it('describes a page with its review date, and the FAQ with its questions', () => {
    expect(medicalWebPageJsonLd(FAQ)).toMatchObject({
      '@type': 'MedicalWebPage',
      url: absoluteUrl('/faq'),
      name: FAQ.frontmatter.title,
      lastReviewed: '2026-11-27',
    })
    const faq = faqPageJsonLd(FAQ)
    expect(faq).toMatchObject({ '@type': 'FAQPage', lastReviewed: '2026-11-27' })
    expect(faq.mainEntity).toEqual(
      faqEntries(FAQ).map((e) => ({ '@type': 'Question', name: e.question, acceptedAnswer: { '@type': 'Answer', text: e.answer } })),
    )
    expect(structuredDataFor(FAQ).map((block) => (block as { '@type': string })['@type'])).toEqual(['MedicalClinic', 'FAQPage'])
    expect(structuredDataFor(faqPage('No questions here.\n')).map((block) => (block as { '@type': string })['@type'])).toEqual([
      'MedicalClinic',
      'MedicalWebPage',
    ])
  })

  it('gives nested pages breadcrumbs that end with the page itself', () => {
    const program = getAllPages().find((p) => p.route === sacot.href)!
    const breadcrumbs = breadcrumbJsonLd(program)
    expect(breadcrumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') },
      { '@type': 'ListItem', position: 2, name: expect.any(String), item: absoluteUrl('/programs') },
      { '@type': 'ListItem', position: 3, name: program.frontmatter.title, item: absoluteUrl(program.route) },
    ])
    expect(breadcrumbJsonLd(FAQ)).toBeUndefined()
  })

  it('writes "<" so that no text can close the script element', () => {
    const data = { '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script>' } as const
    const json = serializeJsonLd(data)
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual(data)
  })
})
