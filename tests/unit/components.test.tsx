// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Fact, FactList } from '@/components/mdx/fact'
import { PhoneLink } from '@/components/mdx/phone-link'
import { ProgramComparison } from '@/components/mdx/program-comparison'
import { PageReview } from '@/components/site/page-review'
import { facts, programByKey, programSummaries } from '@/lib/program-facts'

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
    expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Who it is for', 'How often', 'How long', 'What it includes'])
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
  it('shows both dates in words, with machine-readable values', () => {
    const { container } = render(<PageReview lastReviewed="2026-11-27" nextReview="2027-11-27" />)
    expect(container.textContent).toBe('Page last reviewed: November 27, 2026Next review due: November 27, 2027')
    expect([...container.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual(['2026-11-27', '2027-11-27'])
  })
})
