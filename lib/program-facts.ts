/**
 * The program facts: schema, derived values and the names pages use to ask for them.
 *
 * The data lives in `content/program-facts.ts` (staff edit it). This module checks it with zod,
 * works out what follows from it (total meetings = sessions a week x weeks), and rejects data that
 * contradicts itself. Parsing happens when this module loads, so bad data stops `next build`.
 */
import { z } from 'zod'
import { programFactsData } from '@/content/program-facts'
import { closestName } from '@/lib/suggest'

// ---------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------

const text = z.string().trim().min(1, 'This cannot be empty.')
const wholeNumber = (what: string) =>
  z.number().int(`${what} must be a whole number.`).positive(`${what} must be more than 0.`)
const textList = z.array(text).min(1, 'List at least one item.')

/** North American numbers in international (E.164) form, e.g. +17045550123. */
const nanpPhone = z
  .string()
  .regex(/^\+1\d{10}$/, 'Write the phone number as + then 1 then the 10 digits, for example +17045550123.')

/** A crisis line is either a short code (988, 911) or a full North American number. */
const crisisLine = z.strictObject({
  name: text,
  number: z.union([z.string().regex(/^\d{3}$/, 'A short crisis number has 3 digits, like 988.'), nanpPhone]),
  text: z.boolean(),
  note: text.optional(),
})

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, numbers and hyphens only, like "sacot".')

const programFactsSchema = z
  .strictObject({
    organization: z.strictObject({
      name: text,
      phone: nanpPhone,
      // Optional: shown only when staff have confirmed them. Nothing is made up when absent.
      address: text.optional(),
      hours: text.optional(),
    }),
    crisisLines: z.strictObject({
      suicideAndCrisis: crisisLine,
      emergency: crisisLine,
      samhsa: crisisLine,
    }),
    coOccurringShare: text,
    iop: z.strictObject({
      name: text,
      shortName: text,
      slug,
      forWhom: text,
      sessionsPerWeek: wholeNumber('Sessions a week').max(7, 'There are only 7 days in a week.'),
      weeks: wholeNumber('The number of weeks'),
      groupTimes: z.array(z.enum(['morning', 'afternoon', 'evening'])).min(1, 'List at least one group time.'),
      helpsYou: textList,
      includes: textList,
    }),
    continuingCare: z.strictObject({
      name: text,
      partOf: z.enum(['iop', 'sacot']),
      optional: z.boolean(),
      sessionsPerWeek: wholeNumber('Sessions a week').max(7, 'There are only 7 days in a week.'),
      minWeeks: wholeNumber('The shortest number of weeks'),
      maxWeeks: wholeNumber('The longest number of weeks'),
    }),
    sacot: z.strictObject({
      name: text,
      shortName: text,
      slug,
      forWhom: text,
      frequency: text,
      model: text,
      includes: textList,
    }),
    medicationManagement: z.strictObject({
      name: text,
      slug,
      forWhom: text,
      includes: textList,
      continuesAfterIop: z.boolean(),
    }),
  })
  .superRefine((data, ctx) => {
    // Facts that contradict each other. Each message says what to change.
    const cc = data.continuingCare
    if (cc.minWeeks > cc.maxWeeks) {
      ctx.addIssue({
        code: 'custom',
        path: ['continuingCare', 'minWeeks'],
        message: `The shortest length (${cc.minWeeks} weeks) is longer than the longest (${cc.maxWeeks} weeks). Make minWeeks the smaller number.`,
      })
    }
    const parent = data[cc.partOf]
    if (cc.sessionsPerWeek > ('sessionsPerWeek' in parent ? parent.sessionsPerWeek : 7)) {
      ctx.addIssue({
        code: 'custom',
        path: ['continuingCare', 'sessionsPerWeek'],
        message: `The ${cc.name} is the lighter step after the ${parent.name}, so it cannot meet more often than it does.`,
      })
    }
    const slugs = [data.iop.slug, data.sacot.slug, data.medicationManagement.slug]
    const repeated = slugs.find((s, i) => slugs.indexOf(s) !== i)
    if (repeated) {
      ctx.addIssue({
        code: 'custom',
        path: ['medicationManagement', 'slug'],
        message: `Two programs use the web address "${repeated}". Each program needs its own.`,
      })
    }
    if (new Set(data.iop.groupTimes).size !== data.iop.groupTimes.length) {
      ctx.addIssue({ code: 'custom', path: ['iop', 'groupTimes'], message: 'A group time is listed twice.' })
    }
    const lines = Object.entries(data.crisisLines)
    if (lines.some(([, line]) => line.number === data.organization.phone)) {
      ctx.addIssue({
        code: 'custom',
        path: ['organization', 'phone'],
        message: 'The program phone number is the same as a crisis line. Check which number is right.',
      })
    }
  })

/** What staff write in `content/program-facts.ts`. */
export type ProgramFactsInput = z.input<typeof programFactsSchema>

// ---------------------------------------------------------------------------------------------
// Derived values
// ---------------------------------------------------------------------------------------------

export interface Phone {
  /** For `tel:` and `sms:` links. */
  href: string
  /** How people read and dial it: 704-555-0123, toll-free 1-800-555-0199, or a short code like 988. */
  display: string
}

const numberWords = ['zero', 'once', 'twice'] as const

/** Says how often, as people say it: 1 is "once", 2 is "twice", 4 is "4 times" (a week). */
export function timesAWeek(n: number): string {
  return n < numberWords.length ? `${numberWords[n]} a week` : `${n} times a week`
}

/** ["morning", "evening"] -> "morning and evening"; three or more get commas. */
export function joinWithAnd(items: readonly string[]): string {
  return new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }).format(items)
}

export function toPhone(number: string): Phone {
  if (/^\d{3}$/.test(number)) return { href: number, display: number }
  const digits = number.slice(2)
  const local = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`
  // Toll-free numbers are usually shown with the leading 1 in the United States.
  const tollFree = /^8(00|33|44|55|66|77|88)$/.test(digits.slice(0, 3))
  return { href: number, display: tollFree ? `1-${local}` : local }
}

function derive(data: z.output<typeof programFactsSchema>) {
  const { iop, continuingCare, sacot, medicationManagement } = data
  return {
    ...data,
    phone: toPhone(data.organization.phone),
    crisisLines: {
      suicideAndCrisis: { ...data.crisisLines.suicideAndCrisis, phone: toPhone(data.crisisLines.suicideAndCrisis.number) },
      emergency: { ...data.crisisLines.emergency, phone: toPhone(data.crisisLines.emergency.number) },
      samhsa: { ...data.crisisLines.samhsa, phone: toPhone(data.crisisLines.samhsa.number) },
    },
    iop: {
      ...iop,
      totalMeetings: iop.sessionsPerWeek * iop.weeks,
      howOften: timesAWeek(iop.sessionsPerWeek),
      howLong: `${iop.weeks} weeks`,
      groupTimesText: joinWithAnd(iop.groupTimes),
      href: `/programs/${iop.slug}`,
    },
    continuingCare: {
      ...continuingCare,
      howOften: timesAWeek(continuingCare.sessionsPerWeek),
      howLong: `${continuingCare.minWeeks} to ${continuingCare.maxWeeks} weeks`,
    },
    sacot: { ...sacot, href: `/programs/${sacot.slug}` },
    medicationManagement: { ...medicationManagement, href: `/programs/${medicationManagement.slug}` },
  }
}

export type ProgramFacts = ReturnType<typeof derive>

/**
 * Checks facts data and works out derived values. Throws an error whose message lists every
 * problem as `field: what to do`, so it can be read in the build log.
 */
export function parseProgramFacts(input: unknown, source = 'content/program-facts.ts'): ProgramFacts {
  const result = programFactsSchema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(top level)'}: ${issue.message}`)
    throw new Error(`The program facts in ${source} have ${problems.length} problem(s):\n${problems.join('\n')}`)
  }
  return derive(result.data)
}

/** The site's facts. Loading this module with bad data fails the build. */
export const facts: ProgramFacts = parseProgramFacts(programFactsData)

// ---------------------------------------------------------------------------------------------
// Facts by name, for MDX: <Fact name="iop.weeks" /> and <FactList name="sacot.includes" />
// ---------------------------------------------------------------------------------------------

type Scalar = string | number | boolean

/** Flattens nested facts to dotted names: { iop: { weeks: 12 } } -> { "iop.weeks": 12 }. */
export function flattenFacts(value: object, prefix = ''): Record<string, Scalar | readonly string[]> {
  const out: Record<string, Scalar | readonly string[]> = {}
  for (const [key, child] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (Array.isArray(child)) out[name] = child as string[]
    else if (child !== null && typeof child === 'object') Object.assign(out, flattenFacts(child, name))
    else if (child !== undefined) out[name] = child as Scalar
  }
  return out
}

export const namedFacts = flattenFacts(facts)

/** Every fact name that staff can use in MDX, for the content check and its suggestions. */
export const factNames: readonly string[] = Object.keys(namedFacts)

export class UnknownFactError extends Error {}

/** Looks a fact up by name; an unknown name throws with the closest valid names suggested. */
export function getFact(name: string): Scalar | readonly string[] {
  if (!(name in namedFacts)) {
    const suggestion = closestName(name, factNames)
    throw new UnknownFactError(
      `There is no fact called "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} The names are listed in CONTENT.md.`,
    )
  }
  return namedFacts[name]
}

/** A fact as a sentence shows it: lists joined with "and". What <Fact name="…" /> renders. */
export function factText(name: string): string {
  const value = getFact(name)
  return Array.isArray(value) ? joinWithAnd(value) : String(value)
}

/** Which phone line: the program's own, or one of the crisis lines. */
export type PhoneLine = 'program' | keyof ProgramFacts['crisisLines']

export function phoneFor(line: PhoneLine, f: ProgramFacts = facts): Phone {
  return line === 'program' ? f.phone : f.crisisLines[line].phone
}

// ---------------------------------------------------------------------------------------------
// The programs side by side (the /programs table and the home page use this)
// ---------------------------------------------------------------------------------------------

export interface ProgramSummary {
  key: 'iop' | 'sacot' | 'medicationManagement'
  name: string
  shortName?: string
  href: string
  forWhom: string
  /** Undefined where the facts do not say: the page then says to ask, and invents nothing. */
  howOften?: string
  howLong?: string
  includes: readonly string[]
}

export function programSummaries(f: ProgramFacts = facts): ProgramSummary[] {
  const cc = f.continuingCare
  return [
    {
      key: 'iop',
      name: f.iop.name,
      shortName: f.iop.shortName,
      href: f.iop.href,
      forWhom: f.iop.forWhom,
      howOften: `${f.iop.howOften}, ${f.iop.groupTimesText} groups`,
      howLong: `${f.iop.howLong} (at least ${f.iop.totalMeetings} meetings), then ${cc.optional ? 'an optional ' : ''}${cc.name}: ${cc.howOften} for ${cc.howLong}`,
      includes: f.iop.includes,
    },
    {
      key: 'sacot',
      name: f.sacot.name,
      shortName: f.sacot.shortName,
      href: f.sacot.href,
      forWhom: f.sacot.forWhom,
      howOften: f.sacot.frequency,
      includes: f.sacot.includes,
    },
    {
      key: 'medicationManagement',
      name: f.medicationManagement.name,
      href: f.medicationManagement.href,
      forWhom: f.medicationManagement.forWhom,
      howLong: f.medicationManagement.continuesAfterIop
        ? `It can go on, as an outpatient service, after the ${f.iop.shortName} ends`
        : undefined,
      includes: f.medicationManagement.includes,
    },
  ]
}
