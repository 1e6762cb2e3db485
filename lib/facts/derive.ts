/**
 * What follows from the facts: phone numbers as people dial them, texts in one language, total
 * meetings (sessions a week x weeks), and the phrases made from numbers, from the phrase module
 * of each language (lib/languages/phrases/), never written here.
 */
import { z } from 'zod'
import { type Locale } from '@/lib/base/addresses'
import { localText } from '@/lib/facts/fields'
import { programFactsSchema } from '@/lib/facts/schema'
import { capitalize, phrasesFor } from '@/lib/languages/phrases'

export interface Phone {
  /** For `tel:` and `sms:` links. */
  href: string
  /** How people read and dial it: 704-555-0123, toll-free 1-800-555-0199, or a short code like 988. */
  display: string
}

export { capitalize }

export function toPhone(number: string): Phone {
  if (/^\d{3}$/.test(number)) return { href: number, display: number }
  const digits = number.slice(2)
  const local = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`
  // Toll-free numbers are usually shown with the leading 1 in the United States.
  const tollFree = /^8(00|33|44|55|66|77|88)$/.test(digits.slice(0, 3))
  return { href: number, display: tollFree ? `1-${local}` : local }
}

type Parsed = z.output<typeof programFactsSchema>

type LocalText = z.output<typeof localText>

/** The facts with each two-language text replaced by its words in one language. */
type InLocale<T> = T extends LocalText
  ? string
  : T extends readonly (infer Item)[]
    ? InLocale<Item>[]
    : T extends object
      ? { [K in keyof T]: InLocale<T[K]> }
      : T

function isLocalText(value: unknown): value is LocalText {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).sort().join() === 'en,es'
}

/** Every { en, es } text in the facts, in one language. */
function inLocale<T>(value: T, locale: Locale): InLocale<T> {
  if (isLocalText(value)) return value[locale] as InLocale<T>
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale)) as InLocale<T>
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, inLocale(child, locale)])) as InLocale<T>
  }
  return value as InLocale<T>
}

type Localized = InLocale<Parsed>

function deriveProgram(program: Localized['programs'][number], locale: Locale, officialName: string) {
  const say = phrasesFor(locale)
  const { sessionsPerWeek, weeks, groupTimes, frequency, familySessionsPerWeek, twelveStepMeetings } = program
  const familySession = familySessionsPerWeek !== undefined ? say.familySession(familySessionsPerWeek) : undefined
  return {
    ...program,
    /** The program's official name, in English in both languages: Spanish pages give it beside the Spanish name. */
    officialName,
    // The family session is one of the things the program includes, written once as a number.
    includes: familySession ? [...program.includes, capitalize(familySession)] : program.includes,
    /** "a family session twice a week" (from the number), to use inside a sentence. */
    familySession,
    /** "encouraged, but not required". */
    twelveStepMeetingsText: twelveStepMeetings ? say.twelveStep(twelveStepMeetings) : undefined,
    href: locale === 'es' ? `/es/programs/${program.slug}` : `/programs/${program.slug}`,
    /** "N times a week", or the words of `frequency`; undefined where the facts do not say. */
    howOften: sessionsPerWeek !== undefined ? say.timesAWeek(sessionsPerWeek) : frequency,
    howLong: weeks !== undefined ? say.weeks(weeks) : undefined,
    totalMeetings: sessionsPerWeek !== undefined && weeks !== undefined ? sessionsPerWeek * weeks : undefined,
    groupTimesText: groupTimes ? say.groupTimes(groupTimes) : undefined,
  }
}

export type Program = ProgramFacts['programs'][number]

export function derive(parsed: Parsed, locale: Locale) {
  const say = phrasesFor(locale)
  const data = inLocale(parsed, locale)
  const crisisLines = Object.fromEntries(
    Object.entries(data.crisisLines).map(([key, line]) => [
      key,
      { ...line, phone: toPhone(line.number), languagesText: line.languages ? say.languageNames(line.languages) : undefined },
    ]),
  ) as { [K in keyof Localized['crisisLines']]: Localized['crisisLines'][K] & { phone: Phone; languagesText?: string } }
  const cc = data.continuingCare
  const programs = data.programs.map((p, i) => deriveProgram(p, locale, parsed.programs[i].name.en)).map((program, _, all) => {
    const after = all.find((p) => p.key === program.continuesAfter)
    return {
      ...program,
      /** "It can go on, as an outpatient service, after the IOP ends": a sentence of its own. */
      continuesAfterText: after ? say.continuesAfter(after.shortName ?? after.name) : undefined,
    }
  })
  return {
    ...data,
    locale,
    phone: toPhone(data.organization.phone),
    crisisLines,
    programs,
    programCount: data.programs.length,
    continuingCare: {
      ...cc,
      /** "optional", or "part of the program". */
      optionalText: say.optionalText(cc.optional),
      howOften: say.timesAWeek(cc.sessionsPerWeek),
      howLong: say.weeksRange(cc.minWeeks, cc.maxWeeks),
    },
  }
}

export type ProgramFacts = ReturnType<typeof derive>
