/**
 * What a page's frontmatter may say: the zod schema of every field, with the words staff read
 * when a field is wrong. Unknown fields are errors, so a misspelled key is never ignored.
 */
import { z } from 'zod'
import { type Locale } from '@/lib/base/addresses'
import { GUIDANCE_KINDS, REVIEWER_ROLES } from '@/lib/base/content-rules'
import { urlProblem } from '@/lib/content/mdx-allow-list'
import { signOffsSchema } from '@/lib/content/sign-off'

/** True for a date that exists on the calendar: 2026-02-28 yes, 2026-02-30 no. */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && toIsoDate(date) === value
}

const isoDate = z
  .string({ error: 'Write the date as year-month-day, for example 2026-11-27.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as year-month-day, for example 2026-11-27.')
  .refine(isRealDate, { message: 'This is not a real date. Check the month and the day.' })

/** An https address: the full address of the page used, so a reader can open it safely. */
const httpsAddress = z
  .string({ error: 'Add the full web address of the page you used, starting with https://.' })
  .trim()
  .refine(
    // The same rule as links in the text: https, a real host name, no user name, no backslash.
    (value) => /^https:\/\//i.test(value) && urlProblem(value, 'link') === undefined,
    { message: 'Write the full address starting with https://, like https://www.samhsa.gov/find-help/national-helpline. An http:// address, or one with a name before @ or a backslash, is not accepted.' },
  )

/** A source's short name: lowercase words and digits joined by hyphens, like "gs-90-96-2". */
export const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * One public source of general health or legal information on a page: what a reader needs to find
 * it and judge it. Shown under "Sources" at the foot of the page.
 */
export const sourceSchema = z.strictObject({
  /** The source's short name, which a citation in the text names: <Cite source="cdc-overdose" />. */
  id: z
    .string({ error: 'Give the source a short name of its own, like cdc-overdose. The text cites it with <Cite source="cdc-overdose" />.' })
    .regex(SOURCE_ID, 'Write the short name in lowercase letters, digits and hyphens, like cdc-overdose.'),
  title: z.string({ error: 'Add the title of the page you used, as it appears on that page.' }).trim().min(3, 'The title is too short.'),
  publisher: z
    .string({ error: 'Add who published it, like "Centers for Disease Control and Prevention (CDC)".' })
    .trim()
    .min(2, 'Add who published it.'),
  url: httpsAddress,
  accessed: isoDate,
  /**
   * The date by which the source must be read again: set it when the source describes a rule with
   * a start or end date (a law, a Medicaid rule, a helpline). The content check warns from 30 days
   * before and fails after it (lib/content-check/recheck-dates.ts).
   */
  recheckBy: isoDate.optional(),
  /**
   * The language of the page used, where it is not English: Spanish pages cite the Spanish page
   * of the same publisher where there is one (es), and an English page otherwise, which the page
   * then marks as English (lang="en", "en inglés").
   */
  language: z.enum(['es'], { error: 'Write es for a page in Spanish, or leave this out for a page in English.' }).optional(),
})

export type Source = z.output<typeof sourceSchema>

/**
 * Where a Spanish page came from: the English text it was translated from (a fingerprint of the
 * English page's title, description and body, lib/content/translation.ts) and when. The content
 * check compares the fingerprint with the English page as it is now. Who reviewed the translation
 * is a translation sign-off (`signOff: translation:`), which only the editor writes.
 */
export const translationSchema = z.strictObject(
  {
    englishText: z
      .string({ error: 'Write the fingerprint of the English text this page was translated from. npm run content:check prints it.' })
      .regex(/^[0-9a-f]{12}$/, 'The fingerprint is 12 letters and digits (0-9, a-f). Copy it from what npm run content:check prints for the English page.'),
    translatedOn: isoDate,
    /** Retired: a translation reviewer signs off in the editor. Kept here only to say so. */
    reviewedBy: z.unknown().optional(),
    reviewedOn: z.unknown().optional(),
  },
  { error: 'Write "translation:" with englishText and translatedOn under it.' },
)

export type Translation = z.output<typeof translationSchema>

/** The fields every page has. Unknown fields are errors, so a misspelled key is never ignored. */
export const frontmatterSchema = z
  .strictObject({
    title: z
      .string({ error: 'Add a title: the main heading of the page.' })
      .trim()
      .min(3, 'The title is too short.')
      .max(70, 'Keep the title under 70 characters so it fits in search results.'),
    description: z
      .string({ error: 'Add a description: one or two sentences that say what the page is about.' })
      .trim()
      .min(50, 'Make the description at least 50 characters: it is what search engines show.')
      .max(160, 'Keep the description under 160 characters: search engines cut longer ones.'),
    navTitle: z.string().trim().min(1).max(30, 'Keep the short title under 30 characters.').optional(),
    lastReviewed: isoDate,
    /** Who last checked a page that gives no guidance; a guidance page is signed off instead (signOff). */
    reviewedBy: z
      .enum(REVIEWER_ROLES, {
        error: `Write the role of whoever last checked the page, one of: ${REVIEWER_ROLES.join(', ')}. Name only a review that took place.`,
      })
      .optional(),
    nextReview: isoDate.optional(),
    /** What general guidance the page gives: health, legal, or both. */
    guidance: z
      .array(z.enum(GUIDANCE_KINDS, { error: `Use ${GUIDANCE_KINDS.join(' or ')}.` }), {
        error: `Write a list in square brackets, like [health] or [health, legal].`,
      })
      .min(1, 'Name at least one kind of guidance, or leave the field out.')
      .optional(),
    /** The public sources of the page's general health or legal information. */
    sources: z.array(sourceSchema, { error: 'List each source as an item starting with "- title:". See CONTENT.md.' }).min(1, 'List at least one source, or leave the field out.').optional(),
    /** Spanish pages only: the English text they were translated from. */
    translation: translationSchema.optional(),
    /** Clinical and translation sign-offs of the page's text (lib/content/sign-off.ts), written only by the editor. */
    signOff: signOffsSchema.optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.guidance && !fm.sources) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'A page that gives health or legal guidance lists the public sources it is based on. Add them under "sources:".',
      })
    }
    if (fm.guidance && fm.reviewedBy !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedBy'],
        message:
          'A page that gives health or legal guidance does not name its reviewer by hand: a clinical reviewer signs off its text in the editor, and the page then names them. Remove reviewedBy.',
      })
    }
    if (!fm.guidance && fm.reviewedBy === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedBy'],
        message: `Write the role of whoever last checked the page, one of: ${REVIEWER_ROLES.join(', ')}. Name only a review that took place.`,
      })
    }
    for (const key of ['reviewedBy', 'reviewedOn'] as const) {
      if (fm.translation?.[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['translation', key],
          message: `A translation's review is no longer written by hand: a translation reviewer signs off the Spanish text in the editor, and the page then names them. Remove ${key} from translation:.`,
        })
      }
    }
    // Compared only when both dates are real; otherwise the date's own error says what to fix.
    if (fm.nextReview && isRealDate(fm.nextReview) && isRealDate(fm.lastReviewed) && fm.nextReview <= fm.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['nextReview'],
        message: `The next review (${fm.nextReview}) must come after the last review (${fm.lastReviewed}).`,
      })
    }
  })

export type Frontmatter = z.output<typeof frontmatterSchema>

export interface Page {
  /** The web address, like "/programs/sacot". */
  route: string
  /** Path segments of the address, like ["programs", "sacot"]; [] for the home page. */
  segments: string[]
  /** The page's language: "es" for a page under content/es/, else "en". */
  locale: Locale
  /** The address of the English page this one is, or translates: "/faq" for "/es/faq". */
  englishRoute: string
  /** The file, relative to content/, like "programs/sacot.mdx". */
  file: string
  frontmatter: Frontmatter & { nextReview: string }
  /** The MDX after the frontmatter block. */
  body: string
  /** Line in the file where `body` starts (1-based), to point at lines in the body. */
  bodyStartLine: number
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addOneYear(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  date.setUTCFullYear(date.getUTCFullYear() + 1)
  return toIsoDate(date)
}
