/**
 * The browser editor (Keystatic), configured next to the content it edits. `npm run edit` opens
 * it; nothing of it is in the public site (see next.config.mjs).
 *
 * This file runs in the browser too, so it takes what it needs from the server as plain data
 * (`EditorOptions`, built by lib/editor-options.ts from lib/program-facts.ts and
 * lib/content-rules.ts) instead of importing modules that read files. One list of fact names, one
 * list of reviewer roles, one phone rule: the editor's menus and the content check use the same.
 */
import { collection, config, fields, singleton, type BasicFormField } from '@keystatic/core'
import { block, inline, wrapper } from '@keystatic/core/content-components'
import type { EditorOptions } from '@/lib/editor-options'

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

/** The language of a collection's pages: its facts show in that language. */
type PageLanguage = 'en' | 'es'

/** Fact names with what each shows today, so staff pick by meaning: "iop.weeks (12)". */
const factOptions = (o: EditorOptions, names: readonly string[], language: PageLanguage = 'en') =>
  names.map((name) => {
    const shown = o.factValues[language][name] ?? ''
    return { value: name, label: `${name} (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})` }
  })

/** A field that is not written to the file while it holds its default value. */
function leaveOutDefault<T extends string | boolean>(field: BasicFormField<T>, byDefault: T): BasicFormField<T> {
  return { ...field, serialize: (value: T) => ({ value: value === byDefault ? undefined : value }) }
}

/** The components staff may use in a page, each with its options as form fields. */
export function mdxComponents(o: EditorOptions, language: PageLanguage = 'en') {
  const values = o.factValues[language]
  return {
    Fact: inline({
      label: 'Fact',
      description: 'A fact from the program facts, such as the number of IOP weeks. It changes when the fact changes.',
      schema: {
        name: fields.select({ label: 'Which fact', options: factOptions(o, o.factNames, language), defaultValue: o.factNames[0] }),
      },
      ContentView: ({ value }) => (
        <span title={`Fact ${value.name}`}>
          {values[value.name] ?? value.name}
        </span>
      ),
    }),
    FactList: block({
      label: 'Fact list',
      description: 'A fact that is a list, shown as bullet points.',
      schema: {
        name: fields.select({ label: 'Which list', options: factOptions(o, o.listFactNames, language), defaultValue: o.listFactNames[0] }),
      },
      ContentView: ({ value }) => <p>List from the fact {value.name}: {values[value.name]}</p>,
    }),
    PhoneLink: inline({
      label: 'Phone link',
      description: 'A phone number people can tap to call (or text). The number comes from the program facts.',
      schema: {
        // Written only when they differ from the default: <PhoneLink /> stays <PhoneLink />, and a
        // text link is <PhoneLink sms />, never sms={false}, which the content check refuses.
        line: leaveOutDefault(fields.select({ label: 'Which number', options: o.phoneLines, defaultValue: 'program' }), 'program'),
        sms: leaveOutDefault(fields.checkbox({ label: 'Text message link instead of a call (988 takes texts)', defaultValue: false }), false),
        label: fields.text({ label: 'Words inside the link before the number, like "Call" (optional)' }),
      },
      ContentView: ({ value }) => (
        <span title="Phone link">
          {value.label ? `${value.label} ` : ''}
          {o.phoneLines.find((line) => line.value === value.line)?.label ?? value.line}
          {value.sms ? ' (text)' : ''}
        </span>
      ),
    }),
    Cite: inline({
      label: 'Citation (source number)',
      description: 'A small number after a sentence that links to the source under "Sources" that supports it. Write the short name of one of the page\'s sources.',
      schema: {
        source: fields.text({ label: 'Short name of the source, as in the page details (like cdc-overdose)', validation: { length: { min: 1 } } }),
      },
      ContentView: ({ value }) => <sup title={`Citation of the source ${value.source}`}>[{value.source}]</sup>,
    }),
    CallUs: wrapper({
      label: 'Call us panel',
      description: 'A panel with a large call button. What you write inside replaces its first line; leave it empty for the usual line.',
      schema: {},
    }),
    CrisisHelp: block({
      label: 'Crisis lines panel',
      description: 'The crisis and national lines, as a panel with its own heading.',
      schema: {},
      ContentView: () => <p>Crisis lines panel (988, 911, SAMHSA)</p>,
    }),
    ProgramCards: block({
      label: 'Program cards',
      description: 'The programs at a glance, as cards, built from the facts.',
      schema: {},
      ContentView: () => <p>Program cards</p>,
    }),
    ProgramComparison: block({
      label: 'Programs side by side (table)',
      description: 'The programs side by side in a table, built from the facts.',
      schema: {},
      ContentView: () => <p>Programs side by side (table)</p>,
    }),
  }
}

/**
 * A list of short texts, written one item a line. Stored in the facts file as a YAML list; an
 * empty box is left out of the file (an optional list the facts do not give), never written as
 * an empty list the facts schema would reject.
 */
function lineList({ label, description, required }: { label: string; description?: string; required: boolean }): BasicFormField<string, string, string[]> {
  const box = fields.text({
    label,
    description: `${description ? `${description} ` : ''}One item a line.${required ? '' : ' Leave it empty if it does not apply.'}`,
    multiline: true,
    validation: required ? { length: { min: 1 } } : undefined,
  })
  const toText = (value: unknown) => (Array.isArray(value) ? value.join('\n') : value === undefined ? '' : String(value))
  return {
    kind: 'form',
    Input: box.Input,
    defaultValue: () => '',
    validate: (value) => box.validate(value, undefined),
    label,
    parse: (value: unknown) => toText(value),
    serialize: (value: string) => {
      const items = value.split('\n').map((item) => item.trim()).filter(Boolean)
      return { value: items.length > 0 ? items : undefined }
    },
    reader: { parse: (value: unknown) => toText(value).split('\n').filter(Boolean) },
  }
}

/**
 * Whether a program asks people to go to 12-step meetings, as one choice. Stored as
 * `twelveStepMeetings: { encouraged, required }`, or left out when the facts do not say.
 */
function twelveStep(): BasicFormField<string> {
  const choices = {
    unknown: undefined,
    encouraged: { encouraged: true, required: false },
    required: { encouraged: true, required: true },
    neither: { encouraged: false, required: false },
  } as const
  type Choice = keyof typeof choices
  const menu = fields.select({
    label: '12-step meetings (like Alcoholics Anonymous)',
    options: [
      { label: 'The facts do not say', value: 'unknown' },
      { label: 'Encouraged, not required', value: 'encouraged' },
      { label: 'Required', value: 'required' },
      { label: 'Neither encouraged nor required', value: 'neither' },
    ],
    defaultValue: 'unknown',
  })
  const toChoice = (value: unknown): Choice => {
    const v = value as { encouraged?: boolean; required?: boolean } | undefined
    if (!v) return 'unknown'
    return v.required ? 'required' : v.encouraged ? 'encouraged' : 'neither'
  }
  return {
    ...menu,
    parse: toChoice,
    serialize: (value: string) => ({ value: choices[value as Choice] }),
    reader: { parse: (value: unknown) => toChoice(value) },
  }
}

/** The form for content/program-facts.yaml. The rules match the facts schema in lib/program-facts.ts. */
function factsSchema(o: EditorOptions) {
  const required = (label: string, description?: string) => fields.text({ label, description, validation: { length: { min: 1 } } })
  const optional = (label: string, description?: string) => fields.text({ label: `${label} (optional)`, description })
  /**
   * A text the pages show, in English and Spanish side by side (written as en: and es: in the
   * facts file). Both are required: a text without its Spanish words stops the build.
   */
  const bilingual = (label: string, description?: string) =>
    fields.object(
      {
        en: required('English', description),
        es: required('Español (Spanish)', 'Plain Spanish, usted, as people say it: not word for word.'),
      },
      { label, layout: [6, 6] },
    )
  /** An optional two-language text, English and Spanish side by side. */
  const optionalBilingual = (label: string, description?: string) =>
    fields.object({ en: optional('English', description), es: optional('Español (Spanish)') }, { label: `${label} (optional)`, layout: [6, 6] })
  /** A list of two-language texts, each item English and Spanish side by side. */
  const bilingualList = (label: string, opts: { required: boolean }) =>
    fields.array(bilingual('Item'), {
      label: opts.required ? label : `${label} (optional)`,
      itemLabel: (props) => props.fields.en.value || 'New item',
      validation: opts.required ? { length: { min: 1 } } : undefined,
    })
  const phone = new RegExp(o.phone.pattern)
  const crisisLine = (label: string) =>
    fields.object(
      {
        name: bilingual('Name'),
        number: fields.text({
          label: 'Number',
          description: 'A short number of 3 digits, like 988, or a full number written as +1 then 10 digits.',
          validation: { pattern: { regex: new RegExp(`^\\d{3}$|${o.phone.pattern}`), message: `A crisis number is 3 digits (like 988) or a full number. ${o.phone.message}` } },
        }),
        text: fields.checkbox({ label: 'Takes text messages' }),
        note: optionalBilingual('A short note shown with it'),
        languages: lineList({ label: 'Languages callers can speak in (optional)', description: 'As two-letter codes, one a line: en for English, es for Spanish.', required: false }),
      },
      { label },
    )
  const wholeNumber = (label: string, description: string, opts: { required: boolean; max?: number }) =>
    fields.integer({
      label: opts.required ? label : `${label} (optional)`,
      description,
      validation: { isRequired: opts.required, min: 1, max: opts.max },
    })
  const program = fields.object({
    key: fields.text({
      label: 'Key',
      description: 'Names the program\'s facts in pages: the key iop gives iop.weeks. A lowercase letter, then letters and numbers.',
      validation: { pattern: { regex: /^[a-z][a-zA-Z0-9]*$/, message: 'Start with a lowercase letter and use only letters and numbers, like "iop".' } },
    }),
    name: bilingual('Name'),
    shortName: optional('Short name', 'Like IOP. The same in both languages.'),
    slug: fields.text({
      label: 'Web address',
      description: 'The last part of the page address under /programs/, like sacot. The page is content/programs/<this>.mdx.',
      validation: { pattern: { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: 'Use lowercase letters, numbers and hyphens only, like "sacot".' } },
    }),
    forWhom: bilingual('Who it is for'),
    sessionsPerWeek: wholeNumber('Sessions a week', 'A whole number from 1 to 7.', { required: false, max: 7 }),
    frequency: optionalBilingual('How often, in words', 'Only when there is no number of sessions a week, like "Every day, with a set structure".'),
    weeks: wholeNumber('Weeks', 'How many weeks the program lasts, a whole number. Needs sessions a week too.', { required: false }),
    groupTimes: {
      ...fields.multiselect({ label: 'Group times (optional)', options: options(o.groupTimes) }),
      // None ticked means the facts do not say: left out of the file, not an empty list.
      serialize: (value: readonly string[]) => ({ value: value.length > 0 ? value : undefined }),
    },
    model: optionalBilingual('Treatment model'),
    helpsYou: bilingualList('What it helps you do', { required: false }),
    includes: bilingualList('What it includes', { required: true }),
    continuesAfter: optional('Can go on after the program with the key', 'Like iop.'),
    twelveStepMeetings: twelveStep(),
    familySessionsPerWeek: wholeNumber('Family sessions a week', 'The family session is added to "What it includes" from this number: do not list it there too.', { required: false, max: 7 }),
  })
  return {
    organization: fields.object(
      {
        name: required('Name'),
        phone: fields.text({
          label: 'Phone number',
          description: 'Written as + then 1 then the 10 digits, with no spaces: +17043767447. The site shows it as 704-376-7447.',
          validation: { pattern: { regex: phone, message: o.phone.message } },
        }),
        address: optional('Street address', 'Only when Anuvia has confirmed it. Left empty, the site shows none.'),
        hours: optionalBilingual('Opening hours', 'Only when Anuvia has confirmed them. Left empty, the site shows none.'),
      },
      { label: 'Anuvia' },
    ),
    crisisLines: fields.object(
      {
        suicideAndCrisis: crisisLine('Suicide and crisis line'),
        emergency: crisisLine('Emergency'),
        samhsa: crisisLine('National helpline'),
        samhsaTty: crisisLine('National helpline for TTY'),
        relay: crisisLine('Relay service (for people who are deaf or hard of hearing)'),
      },
      { label: 'Crisis and national lines' },
    ),
    coOccurringShare: bilingual('Share of people who also face a mental illness', 'Words, like "about half".'),
    programs: fields.array(program, { label: 'Programs', itemLabel: (props) => props.fields.name.fields.en.value || 'New program' }),
    continuingCare: fields.object(
      {
        name: bilingual('Name'),
        partOf: required('Part of the program with the key', 'Like iop.'),
        optional: fields.checkbox({ label: 'Optional for the client' }),
        forWhom: bilingual('Who it is for', 'Written to follow "for", like "people who need more intensive treatment".'),
        sessionsPerWeek: wholeNumber('Sessions a week', 'A whole number from 1 to 7.', { required: true, max: 7 }),
        minWeeks: wholeNumber('Shortest length in weeks', 'A whole number, not more than the longest length.', { required: true }),
        maxWeeks: wholeNumber('Longest length in weeks', 'A whole number, not less than the shortest length.', { required: true }),
      },
      { label: 'Continuing care (the lighter step after a program)' },
    ),
  }
}

/** The fields of a page, in the editor: the frontmatter schema of lib/content.ts, and its text. */
function pageSchema(o: EditorOptions, language: PageLanguage) {
  const { limits } = o
  return {
          title: fields.slug({
            name: {
              label: 'Title',
              description: `The page's main heading and the name in the browser tab, ${limits.titleMin} to ${limits.titleMax} characters.`,
              validation: { length: { min: limits.titleMin, max: limits.titleMax } },
            },
            slug: {
              label: 'File name (the web address)',
              description:
                'Lowercase words with hyphens, like first-visit. A folder goes before a slash: programs/first-visit. Changing it moves the page to a new address.',
            },
          }),
          navTitle: fields.text({
            label: 'Short title for menus and breadcrumbs (optional)',
            validation: { length: { max: 30 } },
          }),
          description: fields.text({
            label: 'Description',
            description: `One or two sentences that search engines show, ${limits.descriptionMin} to ${limits.descriptionMax} characters: under ${limits.descriptionMin} says too little, over ${limits.descriptionMax} is cut off.`,
            multiline: true,
            validation: { length: { min: limits.descriptionMin, max: limits.descriptionMax } },
          }),
          lastReviewed: fields.date({
            label: 'Last reviewed',
            description: 'The date someone last checked the whole page.',
            validation: { isRequired: true },
          }),
          reviewedBy: fields.select({
            label: 'Reviewed by',
            description: 'The role of the person who checked the page. Name only a review that took place.',
            options: options(o.reviewerRoles),
            defaultValue: o.reviewerRoles[0],
          }),
          nextReview: fields.date({
            label: 'Next review (optional)',
            description: 'When the page must be checked again. Leave it empty for one year after the last review.',
          }),
          guidance: fields.multiselect({
            label: 'General guidance this page gives (optional)',
            description: 'Tick health or legal if the page gives general health or legal information. It then lists its sources below.',
            options: options(o.guidanceKinds),
          }),
          sources: fields.array(
            fields.object({
              id: fields.text({
                label: 'Short name',
                description: 'Lowercase words and hyphens, like cdc-overdose. Cite it in the text from the + menu: Citation.',
                // The same rule as SOURCE_ID in lib/content.ts, which reads files and so cannot run here.
                validation: { length: { min: 1 }, pattern: { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: 'Lowercase letters, digits and hyphens, like cdc-overdose.' } },
              }),
              title: fields.text({ label: 'Title of the page used', validation: { length: { min: 3 } } }),
              publisher: fields.text({ label: 'Who published it', description: 'Like "Centers for Disease Control and Prevention (CDC)".', validation: { length: { min: 2 } } }),
              url: fields.url({ label: 'Full web address', description: 'Starting with https://.', validation: { isRequired: true } }),
              accessed: fields.date({ label: 'Date you read it', validation: { isRequired: true } }),
              // Left out of the file for English, the usual case.
              language: leaveOutDefault(
                fields.select({
                  label: 'Language of the page used',
                  options: [
                    { label: 'English', value: 'en' },
                    { label: 'Spanish (español)', value: 'es' },
                  ],
                  defaultValue: 'en',
                }),
                'en',
              ),
            }),
            {
              label: 'Sources (optional)',
              description: 'The public pages the general health or legal information comes from. Shown under "Sources" at the foot of the page.',
              itemLabel: (props) => props.fields.title.value || 'New source',
            },
          ),
          content: fields.mdx({
            label: 'Page text',
            extension: 'mdx',
            options: {
              // Pages start their headings at ##: the title is the page's only main heading.
              heading: [2, 3, 4],
              image: { directory: 'public/images', publicPath: '/images/' },
              codeBlock: false,
              code: false,
            },
            components: mdxComponents(o, language),
          }),
    ...(language === 'es' ? { translation: translationFields(o) } : {}),
  }
}

/**
 * Where a Spanish page came from (lib/translation.ts): the fingerprint of its English page's text
 * and the date, and, only once it has happened, the review by a qualified translator.
 */
function translationFields(o: EditorOptions) {
  return fields.object(
    {
      englishText: fields.text({
        label: 'Fingerprint of the English text it was translated from',
        description: 'Twelve letters and digits. npm run content:check prints the English page\'s fingerprint when it has changed; copy it here once the Spanish says what the English says.',
        validation: { pattern: { regex: /^[0-9a-f]{12}$/, message: 'Twelve letters and digits (0-9, a-f), as the content check prints it.' } },
      }),
      translatedOn: fields.date({ label: 'Translated on', validation: { isRequired: true } }),
      // "Not reviewed yet" is not written to the file: a review is claimed only when it happened.
      reviewedBy: leaveOutDefault(
        fields.select({
          label: 'Translation reviewed by',
          description: 'Only when a qualified translator has reviewed this page against the English. Until then the page says, in Spanish, that no one has.',
          options: [{ label: 'Not reviewed yet', value: '' }, ...o.translationReviewerRoles.map((role) => ({ label: role, value: role }))],
          defaultValue: '',
        }),
        '',
      ),
      reviewedOn: fields.date({ label: 'Translation reviewed on (only with a reviewer)' }),
    },
    { label: 'Translation (Spanish pages)' },
  )
}

export function editorConfig(o: EditorOptions) {
  return config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Anuvia website' } },
    singletons: {
      facts: singleton({
        label: 'Program facts',
        // content/program-facts.yaml. The save route writes only the values that changed into
        // the file, so its comments stay (lib/editor-save-check.ts).
        path: 'content/program-facts',
        format: { data: 'yaml' },
        schema: factsSchema(o),
      }),
    },
    collections: {
      pages: collection({
        label: 'Pages',
        // Every page under content/, nested folders included. A page's file is its address:
        // programs/sacot is /programs/sacot, and index is the folder's own page. (Keystatic 0.6.9
        // cannot leave a folder out of a collection, so the Spanish pages under es/ are listed
        // here too; edit them under "Páginas en español", which keeps their translation details.)
        path: 'content/**',
        slugField: 'title',
        format: { contentField: 'content' },
        entryLayout: 'content',
        columns: ['title', 'lastReviewed'],
        schema: pageSchema(o, 'en'),
      }),
      // The Spanish pages, one collection per language: Keystatic 0.6.9 has no translation support.
      // The folder is content/es/ with the English file names, which is the shape of the
      // {locale} paths Keystatic plans (Thinkmill/keystatic#1553), so they could be adopted later.
      pagesEs: collection({
        label: 'Páginas en español (Spanish pages)',
        path: 'content/es/**',
        slugField: 'title',
        format: { contentField: 'content' },
        entryLayout: 'content',
        columns: ['title', 'lastReviewed'],
        schema: pageSchema(o, 'es'),
      }),
    },
  })
}
