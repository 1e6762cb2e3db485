import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { closestName } from '@/lib/base/suggest'
import {
  FACTS_FILE,
  factNames,
  getFact,
  loadProgramFacts,
  namedFactsOf,
  parseProgramFacts,
  programSummaries,
  toPhone,
  type ProgramFactsInput,
} from '@/lib/facts'
import { phrasesFor } from '@/lib/languages/phrases'

const { timesAWeek, joinWithAnd } = phrasesFor('en')

/** The real data, as staff wrote it. */
const realData = (): ProgramFactsInput => parse(fs.readFileSync(FACTS_FILE, 'utf8'))

type Program = ProgramFactsInput['programs'][number]
const programIn = (data: ProgramFactsInput, key: string): Program => data.programs.find((p) => p.key === key)!

/** A deep copy of the real data, changed by `edit`: each test breaks one thing. */
function dataWith(edit: (data: ProgramFactsInput, program: (key: string) => Program) => void): ProgramFactsInput {
  const copy = realData()
  edit(copy, (key) => programIn(copy, key))
  return copy
}

describe('program facts: good data', () => {
  it('parses the real facts and derives the total number of IOP meetings', () => {
    const data = realData()
    const facts = parseProgramFacts(data)
    const iop = programIn(data, 'iop')
    expect(facts.programs.find((p) => p.key === 'iop')!.totalMeetings).toBe(iop.sessionsPerWeek! * iop.weeks!)
    expect(facts.phone.href).toMatch(/^\+1\d{10}$/)
    expect(facts.phone.display).toMatch(/^\d{3}-\d{3}-\d{4}$/)
  })

  it('changes what follows when a fact changes', () => {
    const weeks = programIn(realData(), 'iop').weeks!
    const facts = parseProgramFacts(dataWith((_, program) => (program('iop').sessionsPerWeek = 4)))
    const named = namedFactsOf(facts)
    expect(named['iop.totalMeetings']).toBe(4 * weeks)
    expect(named['iop.howOften']).toBe('4 times a week')
    expect(programSummaries(facts)[0].howLong).toContain(`at least ${4 * weeks} meetings`)
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

describe('the facts issue 9 added, and what follows from them', () => {
  const named = (edit: Parameters<typeof dataWith>[0]) => namedFactsOf(parseProgramFacts(dataWith(edit)))

  it("says how often SACOT meets in the source's own words", () => {
    expect(namedFactsOf(parseProgramFacts(realData()))['sacot.frequency']).toBe('daily structured support')
    const fiveDays = { en: 'five days a week', es: 'cinco días por semana' }
    const changed = named((_, p) => (p('sacot').frequency = fiveDays))
    expect(changed['sacot.frequency']).toBe('five days a week')
    expect(programSummaries(parseProgramFacts(dataWith((_, p) => (p('sacot').frequency = fiveDays))))[1].howOften).toBe('five days a week')
  })

  it("keeps Medication Management's mental-health purpose in who it is for, shown with a capital on cards", () => {
    const facts = parseProgramFacts(realData())
    // Anuvia's article: clients in any program "may be referred"; it names no care team (issue 15).
    expect(namedFactsOf(facts)['medicationManagement.forWhom']).toMatch(/^people dealing with mental health issues, who may be referred to it from any Anuvia program$/)
    expect(programSummaries(facts).find((p) => p.key === 'medicationManagement')!.forWhom).toMatch(/^People dealing with mental health issues/)
  })

  it('words 12-step meetings from whether they are encouraged and required', () => {
    expect(namedFactsOf(parseProgramFacts(realData()))['iop.twelveStepMeetingsText']).toBe('encouraged, but not required')
    expect(named((_, p) => (p('iop').twelveStepMeetings = { encouraged: true, required: true }))['iop.twelveStepMeetingsText']).toBe('required')
    expect(named((_, p) => (p('iop').twelveStepMeetings = { encouraged: false, required: false }))['iop.twelveStepMeetingsText']).toBe('optional')
  })

  it("lists SACOT's family session once, from its number a week", () => {
    const facts = namedFactsOf(parseProgramFacts(realData()))
    expect(facts['sacot.familySession']).toBe('a family session once a week')
    expect(facts['sacot.includes']).toContain('A family session once a week')
    const twice = named((_, p) => (p('sacot').familySessionsPerWeek = 2))
    expect(twice['sacot.familySession']).toBe('a family session twice a week')
    expect(twice['sacot.includes']).toEqual([...programIn(realData(), 'sacot').includes.map((item) => item.en), 'A family session twice a week'])
  })

  it('says whether the Continuing Care Level is optional, and who it is for', () => {
    const facts = parseProgramFacts(realData())
    expect(namedFactsOf(facts)['continuingCare.optionalText']).toBe('optional')
    expect(namedFactsOf(facts)['continuingCare.forWhom']).toBe('people who need more intensive treatment')
    const required = parseProgramFacts(dataWith((d) => (d.continuingCare.optional = false)))
    expect(namedFactsOf(required)['continuingCare.optionalText']).toBe('part of the program')
    expect(programSummaries(required)[0].howLong).toContain(`then the ${required.continuingCare.name}`)
    expect(programSummaries(facts)[0].howLong).toContain(`then an optional ${facts.continuingCare.name}`)
  })

  it('gives the relay service, the helpline TTY and the helpline languages as facts', () => {
    const facts = parseProgramFacts(realData())
    expect(facts.crisisLines.relay.phone).toEqual({ href: '711', display: '711' })
    expect(facts.crisisLines.samhsaTty.phone.display).toBe('1-800-487-4889')
    expect(namedFactsOf(facts)['crisisLines.samhsa.languagesText']).toBe('English and Spanish')
    expect(namedFactsOf(parseProgramFacts(dataWith((d) => (d.crisisLines.samhsa.languages = ['en', 'es', 'vi']))))['crisisLines.samhsa.languagesText']).toBe(
      'English, Spanish, and Vietnamese',
    )
    expect(() => parseProgramFacts(dataWith((d) => (d.crisisLines.samhsa.languages = ['English'])))).toThrow(/crisisLines\.samhsa\.languages\.0: Write the language as its two-letter code/)
  })

  it('says when Medication Management goes on, in a sentence of its own', () => {
    expect(namedFactsOf(parseProgramFacts(realData()))['medicationManagement.continuesAfterText']).toBe('It can go on, as an outpatient service, after the IOP ends')
    expect(named((_, p) => (p('iop').shortName = 'the day program'))['medicationManagement.continuesAfterText']).toContain('after the the day program ends')
  })
})

describe('a program in one place', () => {
  // tests/fixtures/facts/four-programs.yaml is the real data plus one more program, written the
  // way staff would add it: nothing else in the code changes.
  const facts = loadProgramFacts(path.join('tests/fixtures/facts/four-programs.yaml'))

  it('gives the new program its address, summary and named facts', () => {
    const summaries = programSummaries(facts)
    expect(summaries.map((p) => p.key)).toEqual(['iop', 'sacot', 'medicationManagement', 'peerSupport'])
    expect(summaries[3]).toMatchObject({
      href: '/programs/peer-support',
      label: 'Peer Support Program (PSP)',
      howOften: 'twice a week, afternoon groups',
      forWhom: 'People who want support from others in recovery',
      howLong: '8 weeks (at least 16 meetings)',
    })
    // And in Spanish, from the same numbers and the Spanish words beside the English.
    expect(programSummaries(loadProgramFacts(path.join('tests/fixtures/facts/four-programs.yaml'), 'es'))[3]).toMatchObject({
      href: '/es/programs/peer-support',
      label: 'Programa de Apoyo entre Compañeros (PSP)',
      howOften: '2 veces por semana, con grupos por la tarde',
      howLong: '8 semanas (al menos 16 sesiones)',
    })
    const named = namedFactsOf(facts)
    expect(named['peerSupport.totalMeetings']).toBe(16)
    expect(named.programCount).toBe(4)
  })

  it('says nothing it was not told: a program without a schedule has none', () => {
    const sacot = programSummaries(facts).find((p) => p.key === 'sacot')!
    expect(sacot.howLong).toBeUndefined()
  })
})

describe('program facts: bad data is rejected with the field and what to do', () => {
  const cases: [string, (d: ProgramFactsInput, program: (key: string) => Program) => void, RegExp][] = [
    ['a phone number not in international form', (d) => (d.organization.phone = '704-376-7447'), /organization\.phone: Write the phone number as \+ then 1/],
    ['a missing fact', (_, p) => Reflect.deleteProperty(p('iop'), 'forWhom'), /iop\.forWhom/],
    ['a misspelled field', (_, p) => Object.assign(p('iop'), { sessionPerWeek: 3 }), /iop.*sessionPerWeek/],
    ['a fraction of a session', (_, p) => (p('iop').sessionsPerWeek = 2.5), /iop\.sessionsPerWeek: Sessions a week must be a whole number/],
    ['more sessions than days', (_, p) => (p('iop').sessionsPerWeek = 8), /There are only 7 days in a week/],
    ['a number written as text', (_, p) => Object.assign(p('iop'), { weeks: 'twelve' }), /iop\.weeks: The number of weeks must be a number/],
    ['a range that runs backwards', (d) => ((d.continuingCare.minWeeks = 8), (d.continuingCare.maxWeeks = 6)), /continuingCare\.minWeeks: The shortest length \(8 weeks\) is longer than the longest \(6 weeks\)/],
    ['a follow-on step that meets more than the program', (d) => (d.continuingCare.sessionsPerWeek = 5), /continuingCare\.sessionsPerWeek: .*cannot meet more often/],
    ['a follow-on step of no program', (d) => (d.continuingCare.partOf = 'iopp'), /continuingCare\.partOf: "iopp" is not the key of a program/],
    ['two programs at one address', (_, p) => (p('sacot').slug = p('iop').slug), /sacot\.slug: Two programs use the web address/],
    ['two programs with one key', (_, p) => (p('sacot').key = 'iop'), /Two programs use the key "iop"/],
    ['weeks without sessions', (_, p) => Reflect.deleteProperty(p('iop'), 'sessionsPerWeek'), /iop\.weeks: .*needs its number of sessions a week/],
    ['how often given twice', (_, p) => (p('iop').frequency = { en: 'Daily', es: 'Todos los días' }), /iop\.frequency: Give how often either as a number/],
    ['continuing after a program that does not exist', (_, p) => (p('medicationManagement').continuesAfter = 'detox'), /medicationManagement\.continuesAfter: "detox" is not the key/],
    ['the program line set to a crisis number', (d) => (d.organization.phone = d.crisisLines.samhsa.number), /same as a crisis line/],
    ['an empty list', (_, p) => (p('sacot').includes = []), /sacot\.includes: List at least one item/],
    ['an empty name', (_, p) => (p('iop').name = { en: '  ', es: 'Programa' }), /iop\.name\.en: Write the English words/],
    ['a Continuing Care Level without who it is for', (d) => Reflect.deleteProperty(d.continuingCare, 'forWhom'), /continuingCare\.forWhom/],
    ['12-step meetings said in words', (_, p) => Object.assign(p('iop'), { twelveStepMeetings: 'optional' }), /iop\.twelveStepMeetings/],
    ['a fraction of a family session', (_, p) => (p('sacot').familySessionsPerWeek = 0.5), /sacot\.familySessionsPerWeek: Sessions a week must be a whole number/],
    ['the relay line missing', (d) => Reflect.deleteProperty(d.crisisLines, 'relay'), /crisisLines\.relay/],
  ]
  it.each(cases)('%s', (_label, edit, message) => {
    expect(() => parseProgramFacts(dataWith(edit))).toThrow(message)
  })

  it('reports every problem at once, naming the file and the line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-'))
    try {
      const file = path.join(dir, 'program-facts.yaml')
      const lines = fs.readFileSync(FACTS_FILE, 'utf8').split('\n')
      const phoneLine = lines.findIndex((l) => l.trim().startsWith('phone:'))
      const weeksLine = lines.findIndex((l) => l.trim().startsWith('weeks:'))
      lines[phoneLine] = '  phone: call us'
      lines[weeksLine] = lines[weeksLine].replace(/\d+/, '0')
      fs.writeFileSync(file, lines.join('\n'))
      const message = (() => {
        try {
          loadProgramFacts(file)
        } catch (error) {
          return (error as Error).message
        }
      })()
      expect(message).toMatch(/have 2 problem\(s\)/)
      expect(message).toContain(`program-facts.yaml:${phoneLine + 1} organization.phone: Write the phone number`)
      expect(message).toContain(`program-facts.yaml:${weeksLine + 1} iop.weeks: The number of weeks must be more than 0.`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reports YAML that cannot be read, with its line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facts-'))
    try {
      const file = path.join(dir, 'program-facts.yaml')
      fs.writeFileSync(file, 'organization:\n  name: Anuvia\n  phone: Call: 704\n')
      expect(() => loadProgramFacts(file)).toThrow(/are not written correctly.*\n.*program-facts\.yaml:3/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('facts by name', () => {
  it('finds a fact by its dotted name, programs by their key', () => {
    expect(getFact('iop.weeks')).toBe(programIn(realData(), 'iop').weeks)
    expect(factNames).toContain('phone.display')
    expect(factNames.some((name) => name.startsWith('programs.'))).toBe(false)
  })

  it('rejects an unknown name and suggests the nearest one', () => {
    expect(() => getFact('iop.week')).toThrow('There is no fact called "iop.week". Did you mean "iop.weeks"?')
    expect(() => getFact('zzzzzz')).toThrow(/^There is no fact called "zzzzzz"\. The names/)
  })

  it('has no fact by the names every object has (L10)', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) expect(() => getFact(name), name).toThrow(/^There is no fact called/)
  })

  it('suggests only names that are close', () => {
    expect(closestName('sacot.includs', factNames)).toBe('sacot.includes')
    expect(closestName('completely-different', ['iop.weeks'])).toBeUndefined()
  })
})
