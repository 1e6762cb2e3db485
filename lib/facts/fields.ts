/**
 * The building blocks of the facts schema: text in two languages, whole numbers, phone numbers,
 * crisis lines, language codes, keys. Each field's label and help for the editor's facts form are
 * written beside its rule (`labelled`), so the form and the check never disagree.
 */
import { z } from 'zod'
import { GROUP_TIMES } from '@/lib/languages/phrases'

export const FACTS_FILE = 'content/program-facts.yaml'

export const text = z.string({ error: 'Write some text here.' }).trim().min(1, 'This cannot be empty.')

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
export const labelled = <T extends z.ZodType>(schema: T, meta: FactFieldMeta): T => schema.meta({ ...meta }) as T
export const wholeNumber = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .positive(`${what} must be more than 0.`)
export const sessionsPerWeek = wholeNumber('Sessions a week').max(7, 'There are only 7 days in a week.')

/**
 * A text that pages show, in both languages side by side:
 *   forWhom:
 *     en: people who need more intensive treatment
 *     es: personas que necesitan un tratamiento más intensivo
 */
const LOCAL_TEXT_MESSAGE = 'Write this text in both languages, on two lines: "en:" then the English words, and "es:" then the Spanish words.'
export const localText = z.strictObject(
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
export const localTextList = z.array(localText, { error: 'Write a list: each item starts with "- en:" and has an "es:" line under it.' }).min(1, 'List at least one item.')

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
export const nanpPhone = z.string({ error: PHONE_MESSAGE }).regex(PHONE_PATTERN, PHONE_MESSAGE)

/** A crisis line is either a short code (988, 911) or a full North American number. */
export const crisisLine = z.strictObject({
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
  /** The date by which someone must check the line's facts again (helplines change): the content check warns 30 days before, fails after. */
  recheckBy: labelled(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as year-month-day, like 2027-06-01.'), {
    label: 'Check again by',
    help: 'Optional. The date by which someone must check this line against its publisher, written like 2027-06-01. The content check warns 30 days before.',
  }).optional(),
})

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, numbers and hyphens only, like "sacot".')

/** A program's key names its facts in pages (<Fact name="iop.weeks" />). */
export const programKey = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'Start with a lowercase letter and use only letters and numbers, like "iop".')

export { GROUP_TIMES }
