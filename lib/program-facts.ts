/**
 * The program facts: the one way into `content/program-facts.yaml`, which staff edit.
 *
 * This module reads the file, checks it with zod, works out what follows from it (total meetings
 * = sessions a week x weeks), rejects data that contradicts itself, and gives the names pages use
 * to ask for facts. It runs when the module loads, so bad data stops `next build` with the file,
 * the line, the field and what to do.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { closestName } from '@/lib/suggest'
import { firstAlias, withoutStack } from '@/lib/yaml-data'

export const FACTS_FILE = 'content/program-facts.yaml'

// ---------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------

const text = z.string({ error: 'Write some text here.' }).trim().min(1, 'This cannot be empty.')
const wholeNumber = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .positive(`${what} must be more than 0.`)
const sessionsPerWeek = wholeNumber('Sessions a week').max(7, 'There are only 7 days in a week.')
const textList = z.array(text, { error: 'Write a list, one item a line.' }).min(1, 'List at least one item.')

/**
 * What the editor's facts form shows for a field, written here beside the field's rule: the form
 * (keystatic.config.tsx, through lib/editor-facts-form.ts) is made from this schema, and a refused
 * save names the field by its label.
 */
export interface FactFieldMeta {
  label: string
  /** A sentence under the label: what to write. */
  help?: string
  /** A field the form shows as one choice instead of its parts (the 12-step meetings). */
  choices?: { label: string; value: Record<string, boolean> | null }[]
}
const labelled = <T extends z.ZodType>(schema: T, meta: FactFieldMeta): T => schema.meta({ ...meta }) as T

/** North American numbers in international (E.164) form, e.g. +17045550123. */
export const PHONE_PATTERN = /^\+1\d{10}$/
export const PHONE_MESSAGE = 'Write the phone number as + then 1 then the 10 digits, for example +17045550123.'
const nanpPhone = z.string({ error: PHONE_MESSAGE }).regex(PHONE_PATTERN, PHONE_MESSAGE)

/** A crisis line is either a short code (988, 911) or a full North American number. */
const crisisLine = z.strictObject({
  name: labelled(text, { label: 'Name' }),
  number: labelled(
    z.union([z.string().regex(/^\d{3}$/, 'A short crisis number has 3 digits, like 988.'), nanpPhone], {
      error: `A crisis number is 3 digits (like 988) or a full number. ${PHONE_MESSAGE}`,
    }),
    { label: 'Number', help: 'A short number of 3 digits, like 988, or a full number written as +1 then 10 digits.' },
  ),
  text: labelled(z.boolean({ error: 'Write true if the line takes text messages, false if not.' }), { label: 'Takes text messages' }),
  note: labelled(text, { label: 'A short note shown with it' }).optional(),
  /** The languages callers can speak in, like English and Spanish. */
  languages: labelled(textList, { label: 'Languages callers can speak in', help: 'Like English and Spanish.' }).optional(),
})

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, numbers and hyphens only, like "sacot".')

/** A program's key names its facts in pages (<Fact name="iop.weeks" />). */
const programKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'Start with a lowercase letter and use only letters and numbers, like "iop".')

export const GROUP_TIMES = ['morning', 'afternoon', 'evening'] as const

/**
 * One program. Everything but its names, address, who it is for and what it includes is optional:
 * where a fact is missing, the pages say "Ask us when you call" and invent nothing.
 */
const programSchema = z.strictObject({
  key: labelled(programKey, {
    label: 'Key',
    help: "Names the program's facts in pages: the key iop gives iop.weeks. A lowercase letter, then letters and numbers.",
  }),
  name: labelled(text, { label: 'Name' }),
  shortName: labelled(text, { label: 'Short name', help: 'Like IOP.' }).optional(),
  slug: labelled(slug, {
    label: 'Web address',
    help: 'The last part of the page address under /programs/, like sacot. The page is content/programs/<this>.mdx.',
  }),
  forWhom: labelled(text, { label: 'Who it is for' }),
  /** How often, as a number the site can count with ... */
  sessionsPerWeek: labelled(sessionsPerWeek, { label: 'Sessions a week', help: 'A whole number from 1 to 7.' }).optional(),
  /** ... or, where the program gives no number, in words. */
  frequency: labelled(text, { label: 'How often, in words', help: 'Only when there is no number of sessions a week, like "Every day, with a set structure".' }).optional(),
  weeks: labelled(wholeNumber('The number of weeks'), { label: 'Weeks', help: 'How many weeks the program lasts, a whole number. Needs sessions a week too.' }).optional(),
  groupTimes: labelled(
    z
      .array(z.enum(GROUP_TIMES, { error: `Use ${GROUP_TIMES.join(', ')}.` }))
      .min(1, 'List at least one group time.'),
    { label: 'Group times' },
  ).optional(),
  model: labelled(text, { label: 'Treatment model' }).optional(),
  helpsYou: labelled(textList, { label: 'What it helps you do' }).optional(),
  includes: labelled(textList, { label: 'What it includes' }),
  /** The key of the program after which this one can go on. */
  continuesAfter: labelled(programKey, { label: 'Can go on after the program with the key', help: 'Like iop.' }).optional(),
  /** Whether 12-step meetings (like Alcoholics Anonymous) are encouraged, and whether required. */
  twelveStepMeetings: labelled(
    z.strictObject({
      encouraged: z.boolean({ error: 'Write true or false.' }),
      required: z.boolean({ error: 'Write true or false.' }),
    }),
    {
      label: '12-step meetings (like Alcoholics Anonymous)',
      choices: [
        { label: 'The facts do not say', value: null },
        { label: 'Encouraged, not required', value: { encouraged: true, required: false } },
        { label: 'Required', value: { encouraged: true, required: true } },
        { label: 'Neither encouraged nor required', value: { encouraged: false, required: false } },
      ],
    },
  ).optional(),
  /** How many family sessions a week; the family session joins `includes` from this number. */
  familySessionsPerWeek: labelled(sessionsPerWeek, {
    label: 'Family sessions a week',
    help: 'The family session is added to "What it includes" from this number: do not list it there too.',
  }).optional(),
})

export const programFactsSchema = z
  .strictObject({
    organization: labelled(
      z.strictObject({
        name: labelled(text, { label: 'Name' }),
        phone: labelled(nanpPhone, {
          label: 'Phone number',
          help: 'Written as + then 1 then the 10 digits, with no spaces, like +17045550123. The site shows it as 704-555-0123.',
        }),
        // Optional: shown only when staff have confirmed them. Nothing is made up when absent.
        address: labelled(text, { label: 'Street address', help: 'Only when Anuvia has confirmed it. Left empty, the site shows none.' }).optional(),
        hours: labelled(text, { label: 'Opening hours', help: 'Only when Anuvia has confirmed them. Left empty, the site shows none.' }).optional(),
      }),
      { label: 'Anuvia' },
    ),
    crisisLines: labelled(
      z.strictObject({
        suicideAndCrisis: labelled(crisisLine, { label: 'Suicide and crisis line' }),
        emergency: labelled(crisisLine, { label: 'Emergency' }),
        samhsa: labelled(crisisLine, { label: 'National helpline' }),
        samhsaTty: labelled(crisisLine, { label: 'National helpline for TTY' }),
        relay: labelled(crisisLine, { label: 'Relay service (for people who are deaf or hard of hearing)' }),
      }),
      { label: 'Crisis and national lines' },
    ),
    coOccurringShare: labelled(text, { label: 'Share of people who also face a mental illness', help: 'Words, like "about half".' }),
    programs: labelled(z.array(programSchema).min(1, 'List at least one program.'), { label: 'Programs' }),
    continuingCare: labelled(
      z.strictObject({
        name: labelled(text, { label: 'Name' }),
        partOf: labelled(programKey, { label: 'Part of the program with the key', help: 'Like iop.' }),
        optional: labelled(z.boolean(), { label: 'Optional for the client' }),
        /** Written to follow "for": "for people who need ...". */
        forWhom: labelled(text, { label: 'Who it is for', help: 'Written to follow "for", like "people who need more intensive treatment".' }),
        sessionsPerWeek: labelled(sessionsPerWeek, { label: 'Sessions a week', help: 'A whole number from 1 to 7.' }),
        minWeeks: labelled(wholeNumber('The shortest number of weeks'), { label: 'Shortest length in weeks', help: 'A whole number, not more than the longest length.' }),
        maxWeeks: labelled(wholeNumber('The longest number of weeks'), { label: 'Longest length in weeks', help: 'A whole number, not less than the shortest length.' }),
      }),
      { label: 'Continuing care (the lighter step after a program)' },
    ),
  })
  .superRefine((data, ctx) => {
    // Facts that contradict each other. Each message says what to change.
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })
    const keys = data.programs.map((p) => p.key)

    data.programs.forEach((program, i) => {
      const at = (field: string) => ['programs', i, field]
      if (keys.indexOf(program.key) !== i) issue(at('key'), `Two programs use the key "${program.key}". Each program needs its own.`)
      const sameSlug = data.programs.findIndex((p) => p.slug === program.slug)
      if (sameSlug !== i) issue(at('slug'), `Two programs use the web address "${program.slug}". Each program needs its own.`)
      if (program.sessionsPerWeek !== undefined && program.frequency !== undefined) {
        issue(at('frequency'), 'Give how often either as a number of sessions a week or in words, not both.')
      }
      if (program.weeks !== undefined && program.sessionsPerWeek === undefined) {
        issue(at('weeks'), 'A program that lasts a number of weeks needs its number of sessions a week too, so the site can count the meetings.')
      }
      if (program.groupTimes && new Set(program.groupTimes).size !== program.groupTimes.length) {
        issue(at('groupTimes'), 'A group time is listed twice.')
      }
      if (program.continuesAfter !== undefined && (program.continuesAfter === program.key || !keys.includes(program.continuesAfter))) {
        issue(at('continuesAfter'), `"${program.continuesAfter}" is not the key of another program. Use one of: ${keys.filter((k) => k !== program.key).join(', ')}.`)
      }
    })

    const cc = data.continuingCare
    if (cc.minWeeks > cc.maxWeeks) {
      issue(
        ['continuingCare', 'minWeeks'],
        `The shortest length (${cc.minWeeks} weeks) is longer than the longest (${cc.maxWeeks} weeks). Make the shortest length the smaller number.`,
      )
    }
    const parent = data.programs.find((p) => p.key === cc.partOf)
    if (!parent) {
      issue(['continuingCare', 'partOf'], `"${cc.partOf}" is not the key of a program. Use one of: ${keys.join(', ')}.`)
    } else if (cc.sessionsPerWeek > (parent.sessionsPerWeek ?? 7)) {
      issue(['continuingCare', 'sessionsPerWeek'], `The ${cc.name} is the lighter step after the ${parent.name}, so it cannot meet more often than it does.`)
    }

    if (Object.values(data.crisisLines).some((line) => line.number === data.organization.phone)) {
      issue(['organization', 'phone'], 'The program phone number is the same as a crisis line. Check which number is right.')
    }
  })

/** The facts as written in the data file. */
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

/** "daily structured support" -> "Daily structured support": facts written to follow a word
 * ("for people with ...") start with a capital where they start a line, as on the cards. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** How a program asks about 12-step meetings, in words: "encouraged, but not required". */
export function twelveStepText(meetings: { encouraged: boolean; required: boolean }): string {
  if (meetings.required) return 'required'
  return meetings.encouraged ? 'encouraged, but not required' : 'optional'
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

type Parsed = z.output<typeof programFactsSchema>

function deriveProgram(program: Parsed['programs'][number]) {
  const { sessionsPerWeek, weeks, groupTimes, frequency, familySessionsPerWeek, twelveStepMeetings } = program
  const familySession = familySessionsPerWeek !== undefined ? `a family session ${timesAWeek(familySessionsPerWeek)}` : undefined
  return {
    ...program,
    // The family session is one of the things the program includes, written once as a number.
    includes: familySession ? [...program.includes, capitalize(familySession)] : program.includes,
    /** "a family session twice a week" (from the number), to use inside a sentence. */
    familySession,
    /** "encouraged, but not required". */
    twelveStepMeetingsText: twelveStepMeetings ? twelveStepText(twelveStepMeetings) : undefined,
    href: `/programs/${program.slug}`,
    /** "N times a week", or the words of `frequency`; undefined where the facts do not say. */
    howOften: sessionsPerWeek !== undefined ? timesAWeek(sessionsPerWeek) : frequency,
    howLong: weeks !== undefined ? `${weeks} weeks` : undefined,
    totalMeetings: sessionsPerWeek !== undefined && weeks !== undefined ? sessionsPerWeek * weeks : undefined,
    groupTimesText: groupTimes ? joinWithAnd(groupTimes) : undefined,
  }
}

export type Program = ProgramFacts['programs'][number]

function derive(data: Parsed) {
  const crisisLines = Object.fromEntries(
    Object.entries(data.crisisLines).map(([key, line]) => [
      key,
      { ...line, phone: toPhone(line.number), languagesText: line.languages ? joinWithAnd(line.languages) : undefined },
    ]),
  ) as { [K in keyof Parsed['crisisLines']]: Parsed['crisisLines'][K] & { phone: Phone; languagesText?: string } }
  const cc = data.continuingCare
  const programs = data.programs.map(deriveProgram).map((program, _, all) => {
    const after = all.find((p) => p.key === program.continuesAfter)
    return {
      ...program,
      /** "It can go on, as an outpatient service, after the IOP ends": a sentence of its own. */
      continuesAfterText: after ? `It can go on, as an outpatient service, after the ${after.shortName ?? after.name} ends` : undefined,
    }
  })
  return {
    ...data,
    phone: toPhone(data.organization.phone),
    crisisLines,
    programs,
    programCount: data.programs.length,
    continuingCare: {
      ...cc,
      /** "optional", or "part of the program". */
      optionalText: cc.optional ? 'optional' : 'part of the program',
      howOften: timesAWeek(cc.sessionsPerWeek),
      howLong: `${cc.minWeeks} to ${cc.maxWeeks} weeks`,
    },
  }
}

export type ProgramFacts = ReturnType<typeof derive>

// ---------------------------------------------------------------------------------------------
// Reading and checking
// ---------------------------------------------------------------------------------------------

/**
 * Checks facts data and works out derived values. Throws an error whose message lists every
 * problem as `place field: what to do`, so it can be read in the build log. `lineOf` turns a
 * field's path into a line of the file, where the data came from one.
 */
export function parseProgramFacts(
  input: unknown,
  source = FACTS_FILE,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): ProgramFacts {
  const result = programFactsSchema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const line = lineOf(issue.path)
      return `  - ${line ? `${source}:${line} ` : ''}${fieldName(issue.path, input)}: ${issue.message}`
    })
    throw new FactsFileError(`The program facts in ${source} have ${problems.length} problem(s). Fix them, then build again:\n${problems.join('\n')}`)
  }
  return derive(result.data)
}

/** The facts schema's problems with facts data, each with the path of its field; empty when none. */
export function programFactsIssues(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = programFactsSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

/** programs.0.weeks reads better as iop.weeks: the name pages use for the fact. */
function fieldName(fieldPath: readonly PropertyKey[], input: unknown): string {
  const [first, index, ...rest] = fieldPath.map(String)
  if (first === 'programs' && index !== undefined) {
    const key = (input as { programs?: { key?: unknown }[] })?.programs?.[Number(index)]?.key
    const program = typeof key === 'string' && key ? key : `program ${Number(index) + 1}`
    return [program, ...rest].join('.')
  }
  return fieldPath.map(String).join('.') || '(top level)'
}

/** A facts file that cannot be used: the message names the file, the line and what to do. */
export class FactsFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FactsFileError'
    withoutStack(this)
  }
}

/** Reads a facts file (YAML), giving YAML mistakes and wrong facts with their line. */
export function loadProgramFacts(file = path.join(process.cwd(), FACTS_FILE)): ProgramFacts {
  const shown = path.relative(process.cwd(), file) || file
  if (!fs.existsSync(file)) {
    throw new FactsFileError(
      `The program facts file ${shown} is missing, and every page needs it. Put it back: undo its deletion (git checkout -- ${shown}), or ask a developer.`,
    )
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false })
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => `  - ${shown}:${lineCounter.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`)
    throw new FactsFileError(
      `The program facts in ${shown} are not written correctly. Each line should look like "weeks: 12"; put quotes around text that has a colon in it:\n${problems.join('\n')}`,
    )
  }
  const alias = firstAlias(doc)
  if (alias !== undefined) {
    throw new FactsFileError(`The program facts in ${shown} use a YAML alias (*name) on line ${lineCounter.linePos(alias).line}, which the site does not accept. Write the value out in full instead.`)
  }
  return parseProgramFacts(doc.toJS(), shown, (fieldPath) => {
    // The field itself, or the nearest enclosing one that exists (a missing field has no line).
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = doc.getIn(fieldPath.slice(0, n), true) as { range?: [number] } | undefined
      if (node?.range) return lineCounter.linePos(node.range[0]).line
    }
    return undefined
  })
}

/**
 * In edit mode (`npm run edit`), what the file says now: the facts are read again whenever the
 * file has changed since they were last read, so the preview shows a saved fact on the next visit
 * without a restart. A file that cannot be read keeps the last good facts (the editor refuses to
 * save such a file; only a change made by hand can cause one, and Content problems reports it).
 */
const editMode = process.env.ANUVIA_EDIT === '1'
const factsPath = path.join(process.cwd(), FACTS_FILE)

interface Loaded {
  stamp: string
  facts: ProgramFacts
  named: Record<string, FactValue>
  names: string[]
  listNames: string[]
}

function load(): Loaded {
  const stamp = fileStamp()
  const f = loadProgramFacts(factsPath)
  const named = namedFactsOf(f)
  const names = Object.keys(named)
  return { stamp, facts: f, named, names, listNames: names.filter((name) => Array.isArray(named[name])) }
}

function fileStamp(): string {
  const stat = fs.statSync(factsPath, { throwIfNoEntry: false })
  return stat ? `${stat.mtimeMs}:${stat.size}` : ''
}

let loaded = load()

function current(): Loaded {
  if (editMode && fileStamp() !== loaded.stamp) {
    try {
      loaded = load()
    } catch (error) {
      console.error((error as Error).message)
    }
  }
  return loaded
}

/**
 * A value that is always the latest facts' (in edit mode), for modules that read `facts.x`
 * directly. In a build the facts are read once and this is the plain value.
 */
function live<T extends object>(pick: (l: Loaded) => T): T {
  if (!editMode) return pick(loaded)
  const target = (Array.isArray(pick(loaded)) ? [] : {}) as T
  return new Proxy(target, {
    get: (_, key) => {
      const value = pick(current())
      const member = Reflect.get(value, key)
      return typeof member === 'function' && Array.isArray(value) ? member.bind(value) : member
    },
    has: (_, key) => Reflect.has(pick(current()), key),
    ownKeys: () => Reflect.ownKeys(pick(current())),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(pick(current()), key)
      return descriptor && key !== 'length' ? { ...descriptor, configurable: true } : descriptor
    },
  })
}

/** The site's facts. Loading this module with bad data fails the build. */
export const facts: ProgramFacts = live((l) => l.facts)

/** One program by its key; a wrong key is a programming error. */
export function programByKey(key: string, f: ProgramFacts = facts): Program {
  const program = f.programs.find((p) => p.key === key)
  if (!program) throw new Error(`No program has the key "${key}" in ${FACTS_FILE}.`)
  return program
}

/** The program a page describes, by its address; undefined for other pages. */
export function programAt(route: string, f: ProgramFacts = facts): Program | undefined {
  return f.programs.find((p) => p.href === route)
}

// ---------------------------------------------------------------------------------------------
// Facts by name, for MDX: <Fact name="iop.weeks" /> and <FactList name="sacot.includes" />
// ---------------------------------------------------------------------------------------------

type Scalar = string | number | boolean
export type FactValue = Scalar | readonly string[]

/** Flattens nested facts to dotted names: { iop: { weeks: 12 } } -> { "iop.weeks": 12 }. */
export function flattenFacts(value: object, prefix = ''): Record<string, FactValue> {
  const out: Record<string, FactValue> = {}
  for (const [key, child] of Object.entries(value)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (Array.isArray(child)) out[name] = child as string[]
    else if (child !== null && typeof child === 'object') Object.assign(out, flattenFacts(child, name))
    else if (child !== undefined) out[name] = child as Scalar
  }
  return out
}

/** Every fact by name. A program's facts are named by its key: "iop.weeks", not "programs.0.weeks". */
export function namedFactsOf(f: ProgramFacts): Record<string, FactValue> {
  const { programs, ...rest } = f
  return Object.assign(flattenFacts(rest), ...programs.map(({ key, ...program }) => flattenFacts(program, key)))
}

export const namedFacts: Record<string, FactValue> = live((l) => l.named)

/** Every fact name that staff can use in MDX, for the content check, the editor and suggestions. */
export const factNames: readonly string[] = live((l) => l.names)

/** The names of facts that are lists, which <FactList> shows. */
export const listFactNames: readonly string[] = live((l) => l.listNames)

export class UnknownFactError extends Error {}

/** Looks a fact up by name; an unknown name throws with the closest valid names suggested. */
export function getFact(name: string): FactValue {
  if (!(name in namedFacts)) {
    const suggestion = closestName(name, factNames)
    throw new UnknownFactError(
      `There is no fact called "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} The names are listed in CONTENT.md.`,
    )
  }
  return namedFacts[name]
}

/** Which phone line: the program's own, or one of the crisis lines. */
export type PhoneLine = 'program' | keyof ProgramFacts['crisisLines']

export const phoneLines: readonly PhoneLine[] = ['program', ...(Object.keys(facts.crisisLines) as PhoneLine[])]

export function isPhoneLine(line: unknown): line is PhoneLine {
  return typeof line === 'string' && (phoneLines as readonly string[]).includes(line)
}

export function phoneFor(line: PhoneLine, f: ProgramFacts = facts): Phone {
  return line === 'program' ? f.phone : f.crisisLines[line].phone
}

// ---------------------------------------------------------------------------------------------
// The programs side by side (the /programs table, the cards, the program menu, structured data)
// ---------------------------------------------------------------------------------------------

export interface ProgramSummary {
  key: string
  name: string
  shortName?: string
  /** "Intensive Outpatient Program (IOP)": the name as links and headings show it. */
  label: string
  href: string
  forWhom: string
  /** Undefined where the facts do not say: the page then says to ask, and invents nothing. */
  howOften?: string
  howLong?: string
  includes: readonly string[]
}

export function programSummaries(f: ProgramFacts = facts): ProgramSummary[] {
  const cc = f.continuingCare
  return f.programs.map((p) => {
    const groups = p.groupTimesText ? `${p.howOften}, ${p.groupTimesText} groups` : p.howOften
    const length = p.howLong && p.totalMeetings ? `${p.howLong} (at least ${p.totalMeetings} meetings)` : p.howLong
    const stepDown = cc.partOf === p.key ? `${cc.optional ? 'an optional ' : 'the '}${cc.name}: ${cc.howOften} for ${cc.howLong}` : undefined
    return {
      key: p.key,
      name: p.name,
      shortName: p.shortName,
      label: p.shortName ? `${p.name} (${p.shortName})` : p.name,
      href: p.href,
      forWhom: capitalize(p.forWhom),
      howOften: groups,
      howLong: p.continuesAfterText
        ? p.continuesAfterText
        : length && stepDown
          ? `${length}, then ${stepDown}`
          : length,
      includes: p.includes,
    }
  })
}
