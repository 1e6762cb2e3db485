/**
 * Facts are written once, in content/program-facts.yaml. These tests look through the site's
 * source (app/, components/, lib/, content/) for a fact typed by hand anywhere else.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FACTS_FILE, facts, factsFor, programByKey } from '@/lib/facts'

const iop = programByKey('iop')
const spanish = factsFor('es')
const iopEs = programByKey('iop', spanish)

const ROOT = process.cwd()
const SOURCE_DIRS = ['app', 'components', 'lib', 'content']

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(tsx?|mdx|css|ya?ml|json)$/.test(entry.name))
      .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name))),
  )
}

function filesMatching(pattern: RegExp): string[] {
  return sourceFiles().filter((file) => pattern.test(fs.readFileSync(path.join(ROOT, file), 'utf8')))
}

/** The modules that word facts in each language: phrases made from numbers, never numbers. */
const isPhraseModule = (file: string) => file.startsWith('lib/languages/phrases/')

/** 7043767447 -> /704\D?376\D?7447/: the number however it is punctuated. */
function phonePattern(e164: string): RegExp {
  const d = e164.slice(-10)
  return new RegExp(`${d.slice(0, 3)}\\D{0,2}${d.slice(3, 6)}\\D?${d.slice(6)}`)
}

describe('one source for every fact', () => {
  it('writes the program phone number in the facts file only', () => {
    expect(filesMatching(phonePattern(facts.phone.href))).toEqual([FACTS_FILE])
  })

  it('writes the national helpline number in the facts file only', () => {
    expect(filesMatching(phonePattern(facts.crisisLines.samhsa.phone.href))).toEqual([FACTS_FILE])
  })

  it.each([
    ['IOP sessions a week', new RegExp(`\\b${iop.howOften}\\b`, 'i')],
    ['IOP length', new RegExp(`\\b${iop.weeks}[ -]weeks?\\b`, 'i')],
    ['IOP total meetings', new RegExp(`\\b${iop.totalMeetings} (meetings|sessions)\\b`, 'i')],
    ['Continuing Care frequency', new RegExp(`\\b${facts.continuingCare.howOften}\\b`, 'i')],
    ['Continuing Care length', new RegExp(`\\b${facts.continuingCare.minWeeks} (to|-) ${facts.continuingCare.maxWeeks} weeks\\b`, 'i')],
    // The Spanish pages take the same numbers from the same facts.
    ['IOP sessions a week, in Spanish', new RegExp(`\\b${iopEs.howOften}\\b`, 'i')],
    ['IOP length, in Spanish', new RegExp(`\\b${iop.weeks} semanas?\\b`, 'i')],
    ['IOP total meetings, in Spanish', new RegExp(`\\b${iop.totalMeetings} (reuniones|sesiones)\\b`, 'i')],
    ['Continuing Care frequency, in Spanish', new RegExp(`\\b${spanish.continuingCare.howOften}\\b`, 'i')],
    ['Continuing Care length, in Spanish', new RegExp(`\\b${spanish.continuingCare.minWeeks} (a|-) ${spanish.continuingCare.maxWeeks} semanas\\b`, 'i')],
  ])('types no schedule by hand: %s', (_label, pattern) => {
    expect(filesMatching(pattern).filter((file) => file !== FACTS_FILE && !isPhraseModule(file))).toEqual([])
  })
})

/** What readers see of a file: an MDX page without its frontmatter (where sources are cited). */
function shownText(file: string): string {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8')
  return file.endsWith('.mdx') ? text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '') : text
}

/** Files other than the facts and the module that words them that show `pattern`. */
function filesShowing(pattern: RegExp): string[] {
  return sourceFiles().filter((file) => file !== FACTS_FILE && !file.startsWith('lib/facts/') && !isPhraseModule(file) && pattern.test(shownText(file)))
}

describe('the facts added for issue 9 are written once', () => {
  const sacot = programByKey('sacot')
  const mm = programByKey('medicationManagement')

  // Each fact's words appear in the facts file only; pages show them with <Fact name="…" />,
  // so changing the fact changes every page that shows it (tests/unit/program-facts.test.ts
  // checks that the named fact follows the data).
  it.each([
    ["SACOT's frequency", new RegExp(sacot.frequency!, 'i'), 'sacot.frequency'],
    ["Medication Management's purpose", /dealing with mental health issues/i, 'medicationManagement.forWhom'],
    ['12-step meetings optional', /\bnot required\b|\bare optional\b|\bdo not have to go\b/i, 'iop.twelveStepMeetingsText'],
    ["SACOT's weekly family session", /family session (every|each|once a) week|weekly family session/i, 'sacot.familySession'],
    ['who the Continuing Care Level is for', new RegExp(facts.continuingCare.forWhom, 'i'), 'continuingCare.forWhom'],
    ['the relay number', new RegExp(`\\b${facts.crisisLines.relay.number}\\b`), 'crisisLines.relay'],
    ['the helpline TTY number', phonePattern(facts.crisisLines.samhsaTty.phone.href), 'crisisLines.samhsaTty'],
    ['the languages of the lines', /\bin English and Spanish\b/i, 'crisisLines.samhsa.languagesText'],
  ])('types no %s by hand', (_label, pattern, factName) => {
    expect(filesShowing(pattern)).toEqual([])
    // And at least one page asks for it by name (or through its phone line).
    const name = factName.startsWith('crisisLines.') && !factName.endsWith('Text') ? `line="${factName.split('.')[1]}"` : `name="${factName}"`
    expect(sourceFiles().filter((file) => file.endsWith('.mdx') && shownText(file).includes(name)).length).toBeGreaterThan(0)
  })

  it('says whether a line takes texts only where the text fact is read', () => {
    // Components say "or text" through <CallOrText>, which reads the fact; pages pair the words
    // with an sms link, which the content check refuses for a line that takes no texts.
    expect(filesShowing(/\bcall or text\b/i)).toEqual([])
    const components = sourceFiles().filter((file) => file.startsWith('components/') && /\bor text\b/.test(shownText(file)))
    expect(components).toEqual(['components/site/call-or-text.tsx'])
    for (const file of sourceFiles().filter((f) => f.endsWith('.mdx'))) {
      for (const line of shownText(file).split('\n').filter((l) => /\bor text\b/.test(l))) {
        expect(line, `${file}: "or text" without a text link`).toMatch(/or text <PhoneLink [^>]*\bsms\b/)
      }
    }
  })

  it('counts no programs by hand', () => {
    expect(filesShowing(/\b(two|three|four|five|six|\d+) (treatment )?programs\b/i)).toEqual([])
  })

  it('keeps numbers about the programs out of page descriptions', () => {
    const iopFacts = [iop.sessionsPerWeek, iop.weeks, iop.totalMeetings, facts.continuingCare.minWeeks, facts.continuingCare.maxWeeks]
    for (const file of sourceFiles().filter((f) => f.endsWith('.mdx'))) {
      const description = /^description: (.*)$/m.exec(fs.readFileSync(path.join(ROOT, file), 'utf8'))?.[1] ?? ''
      for (const n of iopFacts) expect(description, file).not.toMatch(new RegExp(`\\b${n}\\b`))
      expect(description, file).not.toMatch(new RegExp(mm.forWhom, 'i'))
    }
  })
})
