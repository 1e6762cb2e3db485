/**
 * The facts schema: one program, and the whole facts file, with the rules that reject facts
 * contradicting each other (a continuing care step longer than its range, a program that goes on
 * after one that does not exist). Each message says what to change.
 */
import { z } from 'zod'
import {
  crisisLine,
  GROUP_TIMES,
  labelled,
  localText,
  localTextList,
  nanpPhone,
  programKey,
  sessionsPerWeek,
  slug,
  text,
  wholeNumber,
} from '@/lib/facts/fields'


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
    help: 'The last part of the page address under /programs/, like sacot. The page is content/en/programs/<this>.mdx (and content/es/programs/<this>.mdx in Spanish).',
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
