/**
 * The program facts: the one way into `content/program-facts.yaml`, which staff edit.
 *
 * This module reads the file, checks it with zod, works out what follows from it (total meetings
 * = sessions a week x weeks), rejects data that contradicts itself, and gives the names pages use
 * to ask for facts. It runs when the module loads, so bad data stops `next build` with the file,
 * the line, the field and what to do.
 *
 * Two languages, one set of facts: numbers, phone numbers and dates are written once; every text a
 * page shows is written in English and Spanish side by side (`forWhom: { en: …, es: … }`), and a
 * missing Spanish text is an error that names the fact. Phrases made from facts ("N times a week",
 * "N veces por semana") come from one module per language (lib/languages/phrases/), never from here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { localeOfRoute, type Locale } from '@/lib/base/addresses'
import { capitalize, GROUP_TIMES, phrasesFor } from '@/lib/languages/phrases'
import { closestName } from '@/lib/base/suggest'
import { firstAlias, withoutStack } from '@/lib/base/yaml-data'

export const FACTS_FILE = 'content/program-facts.yaml'

// ---------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------

const text = z.string({ error: 'Write some text here.' }).trim().min(1, 'This cannot be empty.')

/**
 * What the editor's facts form shows for a field, written here beside the field's rule: the form
 * (keystatic.config.tsx, through lib/editor/facts-form.ts) is made from this schema, and a refused
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
const wholeNumber = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .positive(`${what} must be more than 0.`)
const sessionsPerWeek = wholeNumber('Sessions a week').max(7, 'There are only 7 days in a week.')

/**
 * A text that pages show, in both languages side by side:
 *   forWhom:
 *     en: people who need more intensive treatment
 *     es: personas que necesitan un tratamiento más intensivo
 */
const LOCAL_TEXT_MESSAGE = 'Write this text in both languages, on two lines: "en:" then the English words, and "es:" then the Spanish words.'
const localText = z.strictObject(
  {
    en: labelled(z.string({ error: 'Write the English words here (en:).' }).trim().min(1, 'Write the English words here (en:).'), { label: 'English' }),
    es: labelled(
      z
        .string({ error: 'The Spanish words (es:) are missing. Every text the pages show is written in English and in Spanish: add the Spanish beside the English.' })
        .trim()
        .min(1, 'The Spanish words (es:) are empty. Every text the pages show is written in English and in Spanish: add the Spanish beside the English.'),
      { label: 'Español (Spanish)', help: 'Plain Spanish, usted, as people say it: not word for word.' },
    ),
  },
  { error: LOCAL_TEXT_MESSAGE },
)
const localTextList = z.array(localText, { error: 'Write a list: each item starts with "- en:" and has an "es:" line under it.' }).min(1, 'List at least one item.')

/** Whether the code names a language: "es" yes, "xx" no (Intl.DisplayNames throws on a malformed one). */
function isLanguageCode(code: string): boolean {
  try {
    return new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(code) !== undefined
  } catch {
    return false
  }
}

/** Languages as their two-letter codes (en, es); the pages name them in their own language. */
const languageCode = z
  .string({ error: 'Write the language as its two-letter code, like en for English or es for Spanish.' })
  .regex(/^[a-z]{2,3}$/, 'Write the language as its two-letter code, like en for English or es for Spanish.')
  .refine((code) => isLanguageCode(code), {
    message: 'This is not a language code. Use en for English, es for Spanish.',
  })


/** North American numbers in international (E.164) form, e.g. +17045550123. */
export const PHONE_PATTERN = /^\+1\d{10}$/
export const PHONE_MESSAGE = 'Write the phone number as + then 1 then the 10 digits, for example +17045550123.'
const nanpPhone = z.string({ error: PHONE_MESSAGE }).regex(PHONE_PATTERN, PHONE_MESSAGE)

/** A crisis line is either a short code (988, 911) or a full North American number. */
const crisisLine = z.strictObject({
  name: labelled(localText, { label: 'Name' }),
  number: labelled(
    z.union([z.string().regex(/^\d{3}$/, 'A short crisis number has 3 digits, like 988.'), nanpPhone], {
      error: `A crisis number is 3 digits (like 988) or a full number. ${PHONE_MESSAGE}`,
    }),
    { label: 'Number', help: 'A short number of 3 digits, like 988, or a full number written as +1 then 10 digits.' },
  ),
  text: labelled(z.boolean({ error: 'Write true if the line takes text messages, false if not.' }), { label: 'Takes text messages' }),
  note: labelled(localText, { label: 'A short note shown with it' }).optional(),
  /** The languages callers can speak in, as codes: [en, es] shows as "English and Spanish". */
  languages: labelled(z.array(languageCode, { error: 'Write a list of language codes, like [en, es].' }).min(1, 'List at least one language.'), {
    label: 'Languages callers can speak in',
    help: 'As two-letter codes, one a line: en for English, es for Spanish. The pages name them in their own language.',
  }).optional(),
})

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, numbers and hyphens only, like "sacot".')

/** A program's key names its facts in pages (<Fact name="iop.weeks" />). */
const programKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'Start with a lowercase letter and use only letters and numbers, like "iop".')

export { GROUP_TIMES }

/**
 * One program. Everything but its names, address, who it is for and what it includes is optional:
 * where a fact is missing, the pages say "Ask us when you call" and invent nothing.
 */
const programSchema = z.strictObject({
  key: labelled(programKey, {
    label: 'Key',
    help: "Names the program's facts in pages: the key iop gives iop.weeks. A lowercase letter, then letters and numbers.",
  }),
  name: labelled(localText, { label: 'Name' }),
  /** Like IOP: the same in both languages, as staff say it on the phone. */
  shortName: labelled(text, { label: 'Short name', help: 'Like IOP. The same in both languages.' }).optional(),
  slug: labelled(slug, {
    label: 'Web address',
    help: 'The last part of the page address under /programs/, like sacot. The page is content/programs/<this>.mdx.',
  }),
  forWhom: labelled(localText, { label: 'Who it is for' }),
  /** How often, as a number the site can count with ... */
  sessionsPerWeek: labelled(sessionsPerWeek, { label: 'Sessions a week', help: 'A whole number from 1 to 7.' }).optional(),
  /** ... or, where the program gives no number, in words. */
  frequency: labelled(localText, { label: 'How often, in words', help: 'Only when there is no number of sessions a week, like "Every day, with a set structure".' }).optional(),
  weeks: labelled(wholeNumber('The number of weeks'), { label: 'Weeks', help: 'How many weeks the program lasts, a whole number. Needs sessions a week too.' }).optional(),
  groupTimes: labelled(
    z
      .array(z.enum(GROUP_TIMES, { error: `Use ${GROUP_TIMES.join(', ')}.` }))
      .min(1, 'List at least one group time.'),
    { label: 'Group times' },
  ).optional(),
  model: labelled(localText, { label: 'Treatment model' }).optional(),
  helpsYou: labelled(localTextList, { label: 'What it helps you do' }).optional(),
  includes: labelled(localTextList, { label: 'What it includes' }),
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
        /** A name, the same in both languages. */
        name: labelled(text, { label: 'Name' }),
        phone: labelled(nanpPhone, {
          label: 'Phone number',
          help: 'Written as + then 1 then the 10 digits, with no spaces, like +17045550123. The site shows it as 704-555-0123.',
        }),
        // Optional: shown only when staff have confirmed them. Nothing is made up when absent.
        // A street address is written once; opening hours are words, in both languages.
        address: labelled(text, { label: 'Street address', help: 'Only when Anuvia has confirmed it. Left empty, the site shows none.' }).optional(),
        hours: labelled(localText, { label: 'Opening hours', help: 'Only when Anuvia has confirmed them. Left empty, the site shows none.' }).optional(),
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
    coOccurringShare: labelled(localText, { label: 'Share of people who also face a mental illness', help: 'Words, like "about half".' }),
    programs: labelled(z.array(programSchema).min(1, 'List at least one program.'), { label: 'Programs' }),
    continuingCare: labelled(
      z.strictObject({
        name: labelled(localText, { label: 'Name' }),
        partOf: labelled(programKey, { label: 'Part of the program with the key', help: 'Like iop.' }),
        optional: labelled(z.boolean(), { label: 'Optional for the client' }),
        /** Written to follow "for": "for people who need ...". */
        forWhom: labelled(localText, { label: 'Who it is for', help: 'Written to follow "for", like "people who need more intensive treatment".' }),
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
      issue(['continuingCare', 'sessionsPerWeek'], `The ${cc.name.en} is the lighter step after the ${parent.name.en}, so it cannot meet more often than it does.`)
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

function derive(parsed: Parsed, locale: Locale) {
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
  locale: Locale = 'en',
): ProgramFacts {
  return parseBilingualFacts(input, source, lineOf)[locale]
}

/** The facts in each language, from one check of the data. */
export function parseBilingualFacts(
  input: unknown,
  source = FACTS_FILE,
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): Record<Locale, ProgramFacts> {
  const result = programFactsSchema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const line = lineOf(issue.path)
      return `  - ${line ? `${source}:${line} ` : ''}${fieldName(issue.path, input)}: ${issue.message}`
    })
    throw new FactsFileError(`The program facts in ${source} have ${problems.length} problem(s). Fix them, then build again:\n${problems.join('\n')}`)
  }
  return { en: derive(result.data, 'en'), es: derive(result.data, 'es') }
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
export function loadProgramFacts(file = path.join(process.cwd(), FACTS_FILE), locale: Locale = 'en'): ProgramFacts {
  return loadBilingualFacts(file)[locale]
}

/** Reads a facts file once, in both languages. */
export function loadBilingualFacts(file = path.join(process.cwd(), FACTS_FILE)): Record<Locale, ProgramFacts> {
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
  return parseBilingualFacts(doc.toJS(), shown, (fieldPath) => {
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
  /** The facts in each language, from one reading of the file. */
  facts: Record<Locale, ProgramFacts>
  named: Record<Locale, Record<string, FactValue>>
  /** The same names in both languages. */
  names: string[]
  listNames: string[]
}

function load(): Loaded {
  const stamp = fileStamp()
  const f = loadBilingualFacts(factsPath)
  const named = { en: namedFactsOf(f.en), es: namedFactsOf(f.es) }
  const names = Object.keys(named.en)
  return { stamp, facts: f, named, names, listNames: names.filter((name) => Array.isArray(named.en[name])) }
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

/** The site's facts, in each language. Loading this module with bad data fails the build. */
const factsByLocale: Record<Locale, ProgramFacts> = { en: live((l) => l.facts.en), es: live((l) => l.facts.es) }

/** The facts in English, for code that has no page language (messages, the editor). */
export const facts: ProgramFacts = factsByLocale.en

/** The facts in the language of a page. */
export function factsFor(locale: Locale): ProgramFacts {
  return factsByLocale[locale]
}

/** One program by its key; a wrong key is a programming error. */
export function programByKey(key: string, f: ProgramFacts = facts): Program {
  const program = f.programs.find((p) => p.key === key)
  if (!program) throw new Error(`No program has the key "${key}" in ${FACTS_FILE}.`)
  return program
}

/** The program a page describes, by its address; undefined for other pages. */
export function programAt(route: string, f: ProgramFacts = factsFor(localeOfRoute(route))): Program | undefined {
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
  // The language is the page's, not a fact a page shows.
  Reflect.deleteProperty(rest, 'locale')
  return Object.assign(flattenFacts(rest), ...programs.map(({ key, ...program }) => flattenFacts(program, key)))
}

export const namedFacts: Record<string, FactValue> = live((l) => l.named.en)
const namedFactsByLocale: Record<Locale, Record<string, FactValue>> = { en: namedFacts, es: live((l) => l.named.es) }

/** Every fact name that staff can use in MDX, for the content check, the editor and suggestions. */
export const factNames: readonly string[] = live((l) => l.names)

/** The names of facts that are lists, which <FactList> shows. */
export const listFactNames: readonly string[] = live((l) => l.listNames)

export class UnknownFactError extends Error {}

/** Looks a fact up by name; an unknown name throws with the closest valid names suggested. */
export function getFact(name: string, locale: Locale = 'en'): FactValue {
  const named = namedFactsByLocale[locale]
  if (!(name in named)) {
    const suggestion = closestName(name, factNames)
    throw new UnknownFactError(
      `There is no fact called "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} The names are listed in CONTENT.md.`,
    )
  }
  return named[name]
}

/** Which phone line: the program's own, or one of the crisis lines. */
export type PhoneLine = 'program' | keyof ProgramFacts['crisisLines']

export const phoneLines: readonly PhoneLine[] = ['program', ...(Object.keys(facts.crisisLines) as PhoneLine[])]

export function isPhoneLine(line: unknown): line is PhoneLine {
  return typeof line === 'string' && (phoneLines as readonly string[]).includes(line)
}

export function phoneFor(line: PhoneLine, f: ProgramFacts = facts): Phone {
  // Numbers are written once: they are the same in every language.
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
  const say = phrasesFor(f.locale)
  const cc = f.continuingCare
  return f.programs.map((p) => {
    const groups = p.groupTimesText && p.howOften ? say.schedule(p.howOften, p.groupTimesText) : p.howOften
    const length = p.howLong && p.totalMeetings ? say.lengthWithMeetings(p.howLong, p.totalMeetings) : p.howLong
    const stepDown = cc.partOf === p.key ? say.stepDown({ optional: cc.optional, name: cc.name, howOften: cc.howOften, howLong: cc.howLong }) : undefined
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
          ? say.thenStepDown(length, stepDown)
          : length,
      includes: p.includes,
    }
  })
}
