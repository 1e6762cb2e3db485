// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Cite } from '@/components/mdx/cite'
import { Fact, FactList } from '@/components/mdx/fact'
import { PhoneLink } from '@/components/mdx/phone-link'
import { ProgramComparison } from '@/components/mdx/program-comparison'
import { CrisisHelp } from '@/components/mdx/crisis-help'
import { CrisisBanner } from '@/components/site/crisis-banner'
import { PageReview } from '@/components/site/page-review'
import { PageSources } from '@/components/site/page-sources'
import { SiteFooter } from '@/components/site/site-footer'
import { facts, programByKey, programSummaries } from '@/lib/facts'

const iop = programByKey('iop')
const sacot = programByKey('sacot')

afterEach(cleanup)

describe('<Fact> and <FactList>', () => {
  it('shows a fact by name, and joins a list in a sentence', () => {
    const { container } = render(
      <p>
        <Fact name="iop.weeks" /> / <Fact name="iop.groupTimes" />
      </p>,
    )
    expect(container.textContent).toBe(`${iop.weeks} / ${iop.groupTimesText}`)
  })

  it('fails loudly on an unknown name, so the build stops', () => {
    expect(() => render(<Fact name="iop.wekes" />)).toThrow('Did you mean "iop.weeks"?')
  })

  it('shows a list fact as a bulleted list, and refuses a single value', () => {
    render(<FactList name="sacot.includes" />)
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(sacot.includes)
    expect(() => render(<FactList name="iop.weeks" />)).toThrow('is a single value, not a list')
  })
})

describe('<PhoneLink>', () => {
  it('links the program number for tap-to-call in E.164 and shows it as people dial it', () => {
    render(<PhoneLink label="Call" />)
    const link = screen.getByRole('link')
    expect(link.getAttribute('href')).toBe(`tel:${facts.phone.href}`)
    expect(link.textContent).toBe(`Call ${facts.phone.display}`)
  })

  it('links crisis lines, by call or by text', () => {
    render(<PhoneLink line="suicideAndCrisis" sms />)
    expect(screen.getByRole('link').getAttribute('href')).toBe('sms:988')
  })
})

describe('<ProgramComparison>', () => {
  it('is a real table: a column per program, a row header per question', () => {
    render(<ProgramComparison />)
    const table = screen.getByRole('table', { name: 'Our programs side by side' })
    const columns = within(table).getAllByRole('columnheader')
    expect(columns.map((c) => c.textContent)).toEqual(facts.programs.map((p) => (p.shortName ? `${p.name} (${p.shortName})` : p.name)))
    expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Who it is usually for', 'How often', 'How long', 'What it includes'])
    expect(table.textContent).toContain(`at least ${iop.totalMeetings} meetings`)
  })

  it('says to ask, rather than inventing, where the facts are silent', () => {
    render(<ProgramComparison />)
    const sacotLength = programSummaries().find((p) => p.key === 'sacot')!.howLong
    expect(sacotLength).toBeUndefined()
    expect(screen.getAllByText('Ask us when you call').length).toBeGreaterThan(0)
  })
})

describe('<PageReview>', () => {
  const notNeeded = { state: 'not-needed' } as const
  const signOff = { name: 'Dana Reyes', credentials: 'LCAS', role: 'clinical-reviewer', date: '2026-12-04', text: '0123456789ab' } as const

  it('shows both dates in words, with machine-readable values, and the role that checked a page without guidance', () => {
    const { container } = render(<PageReview locale="en" lastReviewed="2026-11-27" nextReview="2027-11-27" reviewedBy="Clinical director" clinical={notNeeded} />)
    expect(container.textContent).toBe('Page last reviewed: November 27, 2026, by the clinical directorNext review due: November 27, 2027')
    expect([...container.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual(['2026-11-27', '2027-11-27'])
  })

  it('on a guidance page, names the clinician only while the text is the text signed, and otherwise says it awaits review', () => {
    const waiting = render(<PageReview locale="en" lastReviewed="2026-11-27" nextReview="2027-11-27" clinical={{ state: 'awaits' }} />)
    expect(waiting.container.textContent).toContain('A clinician has not yet reviewed this page.')
    expect(waiting.container.textContent).toContain('Page last updated: November 27, 2026')
    expect(waiting.container.textContent).not.toMatch(/reviewed by/i)
    cleanup()
    const reviewed = render(<PageReview locale="en" lastReviewed="2026-11-27" nextReview="2027-11-27" clinical={{ state: 'signed', signOff }} />)
    expect(reviewed.container.textContent).toContain('Reviewed by Dana Reyes, LCAS, a clinician, on December 4, 2026.')
    expect(reviewed.container.textContent).not.toContain('clinician has not')
    cleanup()
    const changed = render(<PageReview locale="en" lastReviewed="2026-11-27" nextReview="2027-11-27" clinical={{ state: 'changed', signOff }} />)
    expect(changed.container.textContent).toContain('It awaits their review again.')
    expect(changed.container.textContent).not.toContain('Dana Reyes')
    cleanup()
    const noGuidance = render(<PageReview locale="en" lastReviewed="2026-11-27" nextReview="2027-11-27" reviewedBy="Web content team" clinical={notNeeded} />)
    expect(noGuidance.container.textContent).not.toContain('clinician')
  })
})

describe('<PageSources>', () => {
  it('lists each source under "Sources", linked to the publisher, with the date it was read', () => {
    render(
      <PageSources
        locale="en"
        sources={[{ id: 'cdc-naloxone', title: 'Lifesaving Naloxone', publisher: 'Centers for Disease Control and Prevention (CDC)', url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html', accessed: '2026-11-27' }]}
      />,
    )
    const section = screen.getByRole('region', { name: 'Sources' })
    const link = within(section).getByRole('link', { name: 'Lifesaving Naloxone' })
    expect(link.getAttribute('href')).toBe('https://www.cdc.gov/stop-overdose/caring/naloxone.html')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(section.textContent).toContain('Centers for Disease Control and Prevention (CDC). Read on November 27, 2026.')
  })

  it('shows nothing for a page without sources', () => {
    const { container } = render(<PageSources locale="en" sources={[]} />)
    expect(container.innerHTML).toBe('')
  })
})

const TWO_SOURCES = [
  { id: 'cdc-overdose', title: 'What to Do if You Think Someone is Overdosing', publisher: 'CDC', url: 'https://www.cdc.gov/stop-overdose/response/index.html', accessed: '2026-12-01' },
  { id: 'cdc-naloxone', title: 'Lifesaving Naloxone', publisher: 'CDC', url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html', accessed: '2026-12-01' },
]

describe('<Cite> and the numbered sources it points at', () => {
  it('is a small number linked to its source entry, heard as "source 2"', () => {
    render(
      <p>
        Naloxone can stop an overdose.
        <Cite source="cdc-naloxone" sources={TWO_SOURCES} />
      </p>,
    )
    const link = screen.getByRole('link', { name: 'source 2' })
    expect(link.getAttribute('href')).toBe('#source-cdc-naloxone')
    expect(link.closest('sup')?.className).toBe('cite')
    // What sighted readers and print see: the number alone (the words are for screen readers).
    expect(link.querySelector('.sr-only')?.textContent).toBe('source ')
    expect(link.textContent).toBe('source 2')
  })

  it('refuses a source the page does not list, naming it', () => {
    expect(() => render(<Cite source="cdc-naloxon" sources={TWO_SOURCES} />)).toThrow(/<Cite source="cdc-naloxon" \/> names a source the page does not list/)
  })

  it('gives each source entry the address a citation links to, focusable, in the same order as the numbers', () => {
    render(<PageSources locale="en" sources={TWO_SOURCES} />)
    const items = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem')
    expect(items.map((item) => item.id)).toEqual(['source-cdc-overdose', 'source-cdc-naloxone'])
    expect(items.map((item) => item.getAttribute('tabindex'))).toEqual(['-1', '-1'])
    expect(items[0].closest('ol')).not.toBeNull()
  })
})

describe('call or text, from the text fact', () => {
  it('offers a text link only for a line the facts say takes texts, in every place that shows the line', () => {
    const line = facts.crisisLines.suicideAndCrisis
    const smsLinks = () => [...document.querySelectorAll(`a[href="sms:${line.phone.href}"]`)]
    const places = () => (
      <>
        <CrisisBanner locale="en" />
        <CrisisHelp />
        <SiteFooter locale="en" />
      </>
    )
    render(places())
    expect(line.text).toBe(true)
    expect(smsLinks()).toHaveLength(3)
    cleanup()
    const original = line.text
    try {
      line.text = false
      render(places())
      expect(smsLinks()).toHaveLength(0)
      expect(document.body.textContent).not.toMatch(/or text/)
    } finally {
      line.text = original
    }
  })

  it('on Spanish pages, says how to reach the 988 Lifeline in Spanish (press 2; text AYUDA) in the bar and the footer, and only there', () => {
    render(
      <>
        <CrisisBanner locale="es" />
        <SiteFooter locale="es" />
      </>,
    )
    const text = document.body.textContent ?? ''
    expect(text.match(/marque el 2 para hablar en español/g)).toHaveLength(2)
    expect(text.match(/envíe la palabra AYUDA por mensaje de texto al/g)).toHaveLength(2)
    cleanup()
    render(
      <>
        <CrisisBanner locale="en" />
        <SiteFooter locale="en" />
      </>,
    )
    expect(document.body.textContent).not.toMatch(/AYUDA|marque/)
  })

  it('links the crisis bar to staying safe', () => {
    render(<CrisisBanner locale="en" />)
    expect(screen.getByRole('link', { name: 'Overdose and staying safe' }).getAttribute('href')).toBe('/staying-safe')
  })
})
