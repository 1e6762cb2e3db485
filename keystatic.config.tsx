/**
 * The browser editor (Keystatic), configured next to the content it edits. `npm run edit` opens
 * it; nothing of it is in the public site (see next.config.mjs).
 *
 * This file runs in the browser too, so it takes what it needs from the server as plain data
 * (`EditorOptions`, built by lib/editor-options.ts from lib/program-facts.ts and
 * lib/content-rules.ts) instead of importing modules that read files. One list of fact names, one
 * list of reviewer roles, one phone rule: the editor's menus and the content check use the same.
 */
import { collection, config, fields } from '@keystatic/core'
import { block, inline, wrapper } from '@keystatic/core/content-components'

export interface EditorOptions {
  /** Every fact name pages may use, like "iop.weeks". */
  factNames: string[]
  /** Each fact as a page shows it, so the editor can show the value next to the name. */
  factValues: Record<string, string>
  /** The fact names whose value is a list (for FactList). */
  listFactNames: string[]
  /** The phone lines PhoneLink can show, with a label for the menu. */
  phoneLines: { value: string; label: string }[]
  /** Roles a reviewer may have; empty while lib/content-rules.ts has no list (then free text). */
  reviewerRoles: string[]
  /** Title and description limits, from the frontmatter schema in lib/content.ts. */
  limits: { titleMin: number; titleMax: number; descriptionMin: number; descriptionMax: number }
}

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

/** The components staff may use in a page, each with its options as form fields. */
export function mdxComponents(o: EditorOptions) {
  return {
    Fact: inline({
      label: 'Fact',
      description: 'A fact from the program facts, such as the number of IOP weeks. It changes when the fact changes.',
      schema: {
        name: fields.select({ label: 'Which fact', options: options(o.factNames), defaultValue: o.factNames[0] }),
      },
      ContentView: ({ value }) => (
        <span title={`Fact ${value.name}`}>
          {o.factValues[value.name] ?? value.name}
        </span>
      ),
    }),
    FactList: block({
      label: 'Fact list',
      description: 'A fact that is a list, shown as bullet points.',
      schema: {
        name: fields.select({ label: 'Which list', options: options(o.listFactNames), defaultValue: o.listFactNames[0] }),
      },
      ContentView: ({ value }) => <p>List from the fact {value.name}: {o.factValues[value.name]}</p>,
    }),
    PhoneLink: inline({
      label: 'Phone link',
      description: 'A phone number people can tap to call (or text). The number comes from the program facts.',
      schema: {
        line: fields.select({ label: 'Which number', options: o.phoneLines, defaultValue: 'program' }),
        sms: fields.checkbox({ label: 'Text message link instead of a call (988 takes texts)', defaultValue: false }),
        label: fields.text({ label: 'Words inside the link before the number, like "Call" (optional)' }),
      },
      ContentView: ({ value }) => <span>[phone: {value.line}{value.sms ? ', text' : ''}]</span>,
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

export function editorConfig(o: EditorOptions) {
  const { limits } = o
  return config({
    storage: { kind: 'local' },
    ui: { brand: { name: 'Anuvia website' } },
    collections: {
      pages: collection({
        label: 'Pages',
        // Every page under content/, nested folders included. A page's file is its address:
        // programs/sacot is /programs/sacot, and index is the folder's own page.
        path: 'content/**',
        slugField: 'title',
        format: { contentField: 'content' },
        entryLayout: 'content',
        columns: ['title', 'lastReviewed'],
        schema: {
          title: fields.slug({
            name: {
              label: 'Title',
              description: `The page's main heading and the name in the browser tab, ${limits.titleMin} to ${limits.titleMax} characters.`,
              validation: { length: { min: limits.titleMin, max: limits.titleMax } },
            },
            slug: {
              label: 'File name (the web address)',
              description:
                'Lowercase words with hyphens, like first-visit. A folder goes before a slash: programs/first-visit. Set once, when the page is made.',
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
          reviewedBy:
            o.reviewerRoles.length > 0
              ? fields.select({
                  label: 'Reviewed by',
                  description: 'The role of the person who checked the page.',
                  options: options(o.reviewerRoles),
                  defaultValue: o.reviewerRoles[0],
                })
              : fields.text({
                  label: 'Reviewed by',
                  description: 'Who checked it. A role is enough, like "Clinical director".',
                  validation: { length: { min: 3 } },
                }),
          nextReview: fields.date({
            label: 'Next review (optional)',
            description: 'When the page must be checked again. Leave it empty for one year after the last review.',
          }),
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
            components: mdxComponents(o),
          }),
        },
      }),
    },
  })
}
