import { describe, expect, it } from 'vitest'
import { programFactsData } from '@/content/program-facts'
import { closestName } from '@/lib/suggest'
import {
  factNames,
  getFact,
  joinWithAnd,
  parseProgramFacts,
  programSummaries,
  timesAWeek,
  toPhone,
  type ProgramFactsInput,
} from '@/lib/program-facts'

type Writable<T> = { -readonly [K in keyof T]: Writable<T[K]> }
type Draft = Writable<ProgramFactsInput>

/** A deep copy of the real data, changed by `edit`: each test breaks one thing. */
function dataWith(edit: (data: Draft) => void): Draft {
  const copy = structuredClone(programFactsData) as Draft
  edit(copy)
  return copy
}

describe('program facts: good data', () => {
  it('parses the real facts and derives the total number of IOP meetings', () => {
    const facts = parseProgramFacts(programFactsData)
    expect(facts.iop.totalMeetings).toBe(programFactsData.iop.sessionsPerWeek * programFactsData.iop.weeks)
    expect(facts.phone.href).toMatch(/^\+1\d{10}$/)
    expect(facts.phone.display).toMatch(/^\d{3}-\d{3}-\d{4}$/)
  })

  it('changes what follows when a fact changes', () => {
    const facts = parseProgramFacts(dataWith((d) => (d.iop.sessionsPerWeek = 4)))
    expect(facts.iop.totalMeetings).toBe(4 * programFactsData.iop.weeks)
    expect(facts.iop.howOften).toBe('4 times a week')
    expect(programSummaries(facts)[0].howLong).toContain(`at least ${4 * programFactsData.iop.weeks} meetings`)
  })

  it('formats phone numbers for reading and for tap-to-call', () => {
    expect(toPhone('+17045550123')).toEqual({ href: '+17045550123', display: '704-555-0123' })
    expect(toPhone('+18006624357')).toEqual({ href: '+18006624357', display: '1-800-662-4357' })
    expect(toPhone('988')).toEqual({ href: '988', display: '988' })
  })

  it('words frequencies and lists the way people say them', () => {
    expect(timesAWeek(1)).toBe('once a week')
    expect(timesAWeek(2)).toBe('twice a week')
    expect(timesAWeek(3)).toBe('3 times a week')
    expect(joinWithAnd(['morning', 'evening'])).toBe('morning and evening')
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b, and c')
  })
})

describe('program facts: bad data is rejected with the field and what to do', () => {
  const cases: [string, (d: Draft) => void, RegExp][] = [
    ['a phone number not in international form', (d) => (d.organization.phone = '704-376-7447'), /organization\.phone: Write the phone number as \+ then 1/],
    ['a missing fact', (d) => Reflect.deleteProperty(d.iop, 'weeks'), /iop\.weeks/],
    ['a misspelled field', (d) => Object.assign(d.iop, { sessionPerWeek: 3 }), /iop.*sessionPerWeek/],
    ['a fraction of a session', (d) => (d.iop.sessionsPerWeek = 2.5), /iop\.sessionsPerWeek: Sessions a week must be a whole number/],
    ['more sessions than days', (d) => (d.iop.sessionsPerWeek = 8), /There are only 7 days in a week/],
    ['a range that runs backwards', (d) => ((d.continuingCare.minWeeks = 8), (d.continuingCare.maxWeeks = 6)), /continuingCare\.minWeeks: The shortest length \(8 weeks\) is longer than the longest \(6 weeks\)/],
    ['a follow-on step that meets more than the program', (d) => (d.continuingCare.sessionsPerWeek = 5), /continuingCare\.sessionsPerWeek: .*cannot meet more often/],
    ['two programs at one address', (d) => (d.sacot.slug = d.iop.slug), /Two programs use the web address/],
    ['the program line set to a crisis number', (d) => (d.organization.phone = d.crisisLines.samhsa.number), /same as a crisis line/],
    ['an empty list', (d) => (d.sacot.includes = []), /sacot\.includes: List at least one item/],
    ['an empty name', (d) => (d.iop.name = '  '), /iop\.name: This cannot be empty/],
  ]
  it.each(cases)('%s', (_label, edit, message) => {
    expect(() => parseProgramFacts(dataWith(edit))).toThrow(message)
  })

  it('reports every problem at once, naming the file', () => {
    const data = dataWith((d) => {
      d.organization.phone = 'call us'
      d.iop.weeks = 0
    })
    expect(() => parseProgramFacts(data)).toThrow(/content\/program-facts\.ts have 2 problem\(s\)/)
  })
})

describe('facts by name', () => {
  it('finds a fact by its dotted name', () => {
    expect(getFact('iop.weeks')).toBe(programFactsData.iop.weeks)
    expect(factNames).toContain('phone.display')
  })

  it('rejects an unknown name and suggests the nearest one', () => {
    expect(() => getFact('iop.week')).toThrow('There is no fact called "iop.week". Did you mean "iop.weeks"?')
    expect(() => getFact('zzzzzz')).toThrow(/^There is no fact called "zzzzzz"\. The names/)
  })

  it('suggests only names that are close', () => {
    expect(closestName('sacot.includs', factNames)).toBe('sacot.includes')
    expect(closestName('completely-different', ['iop.weeks'])).toBeUndefined()
  })
})
