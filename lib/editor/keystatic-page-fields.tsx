/**
 * The editor's page form, as Keystatic fields: the frontmatter of lib/content/frontmatter.ts, the
 * text, and the components staff may put in a page (Fact, FactList, ...), in the pages' language.
 * Runs in the browser (keystatic.config.tsx), so it takes what it needs from the server as plain
 * data (EditorOptions).
 */
import { fields, type BasicFormField } from '@keystatic/core'
import { block, inline, wrapper } from '@keystatic/core/content-components'
import { Combobox, Item } from '@keystar/ui/combobox'
import { options } from '@/lib/editor/keystatic-facts-fields'
import { PAGE_FIELD_LABELS, PAGE_TEXT_LABEL, SOURCE_FIELD_LABELS } from '@/lib/editor/labels'
import type { EditorOptions } from '@/lib/editor/options'


/** The language of a collection's pages: its facts show in that language. */
export type PageLanguage = 'en' | 'es'

/** Facts as staff pick them: plain label and what it shows today, "IOP: Weeks (12)", in the pages' language. */
const factChoices = (o: EditorOptions, names: readonly string[], language: PageLanguage = 'en') =>
  names.map((name) => {
    const shown = o.factValues[language][name] ?? ''
    return { value: name, label: `${o.factLabels[name] ?? name} (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})` }
  })

/** A searchable list of facts: typing "weeks" leaves the facts whose label or value has it. */
function FactPicker({ label, choices, value, onChange, autoFocus }: { label: string; choices: { value: string; label: string }[]; value: string; onChange(name: string): void; autoFocus?: boolean }) {
  return (
    <div style={{ background: '#fff', padding: 8, width: 440 }}>
      <Combobox
        label={label}
        description="Type a word to search, like weeks or phone, then choose."
        defaultItems={choices}
        selectedKey={value || null}
        onSelectionChange={(key) => {
          if (typeof key === 'string') onChange(key)
        }}
        menuTrigger="focus"
        autoFocus={autoFocus}
        width="100%"
      >
        {(item) => <Item key={item.value}>{item.label}</Item>}
      </Combobox>
    </div>
  )
}

/**
 * Which fact a Fact or FactList shows. It starts empty, so inserting one asks which fact; a page
 * saved with none chosen is refused by the save check ("There is no fact called ...").
 */
function factNameField(label: string, choices: { value: string; label: string }[]): BasicFormField<string> {
  const parse = (value: unknown) => (typeof value === 'string' ? value : '')
  return {
    kind: 'form',
    label,
    defaultValue: () => '',
    Input: ({ value, onChange, autoFocus }) => <FactPicker label={label} choices={choices} value={value} onChange={onChange} autoFocus={autoFocus} />,
    parse,
    serialize: (value) => ({ value }),
    validate: (value) => value,
    reader: { parse },
  }
}

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
      schema: { name: factNameField('Which fact', factChoices(o, o.factNames, language)) },
      // In the text: what the fact says today, or, until one is chosen, a reminder to choose it.
      ContentView: ({ value }) =>
        value.name ? (
          <span title={o.factLabels[value.name] ?? value.name}>{values[value.name] ?? `(no fact called "${value.name}")`}</span>
        ) : (
          <span style={{ color: '#8a1c12', fontWeight: 600 }}>Choose which fact: click here</span>
        ),
      // Shown above the Fact when it is clicked: the searchable list.
      ToolbarView: ({ value, onChange }) => (
        <FactPicker label="Which fact" choices={factChoices(o, o.factNames, language)} value={value.name} onChange={(name) => onChange({ name })} autoFocus={!value.name} />
      ),
    }),
    FactList: block({
      label: 'Fact list',
      description: 'A fact that is a list, shown as bullet points.',
      schema: { name: factNameField('Which list', factChoices(o, o.listFactNames, language)) },
      ContentView: ({ value }) => <p title={o.factLabels[value.name]}>List: {values[value.name] ?? 'choose which list: select this and press Edit'}</p>,
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

/** The fields of a page, in the editor: the frontmatter schema of lib/content/frontmatter.ts, and its text. */
export function pageSchema(o: EditorOptions, language: PageLanguage) {
  const { limits } = o
  return {
      title: fields.slug({
        name: {
          label: PAGE_FIELD_LABELS.title,
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
        label: `${PAGE_FIELD_LABELS.navTitle} (optional)`,
        validation: { length: { max: 30 } },
      }),
      description: fields.text({
        label: PAGE_FIELD_LABELS.description,
        description: `One or two sentences that search engines show, ${limits.descriptionMin} to ${limits.descriptionMax} characters: under ${limits.descriptionMin} says too little, over ${limits.descriptionMax} is cut off.`,
        multiline: true,
        validation: { length: { min: limits.descriptionMin, max: limits.descriptionMax } },
      }),
      lastReviewed: fields.date({
        label: PAGE_FIELD_LABELS.lastReviewed,
        description: 'The date someone last checked the whole page.',
        validation: { isRequired: true },
      }),
      // Left out of the file on a page that gives guidance: a clinical reviewer signs that off instead.
      reviewedBy: leaveOutDefault(
        fields.select({
          label: PAGE_FIELD_LABELS.reviewedBy,
          description:
            'The role of the person who checked a page that gives no health or legal guidance. Name only a review that took place. A page that gives guidance is signed off by a clinical reviewer instead: choose "Signed off instead".',
          options: [{ label: 'Signed off instead (guidance page)', value: '' }, ...options(o.reviewerRoles)],
          defaultValue: '',
        }),
        '',
      ),
      nextReview: fields.date({
        label: `${PAGE_FIELD_LABELS.nextReview} (optional)`,
        description: 'When the page must be checked again. Leave it empty for one year after the last review.',
      }),
      guidance: fields.multiselect({
        label: `${PAGE_FIELD_LABELS.guidance} (optional)`,
        description: 'Tick health or legal if the page gives general health or legal information. It then lists its sources below.',
        options: options(o.guidanceKinds),
      }),
      sources: fields.array(
        fields.object({
          id: fields.text({
            label: SOURCE_FIELD_LABELS.id,
            description: 'Lowercase words and hyphens, like cdc-overdose. Cite it in the text from the + menu: Citation.',
            // The same rule as SOURCE_ID in lib/content/frontmatter.ts, which reads files and so cannot run here.
            validation: { length: { min: 1 }, pattern: { regex: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, message: 'Lowercase letters, digits and hyphens, like cdc-overdose.' } },
          }),
          title: fields.text({ label: SOURCE_FIELD_LABELS.title, validation: { length: { min: 3 } } }),
          publisher: fields.text({ label: SOURCE_FIELD_LABELS.publisher, description: 'Like "Centers for Disease Control and Prevention (CDC)".', validation: { length: { min: 2 } } }),
          url: fields.url({ label: SOURCE_FIELD_LABELS.url, description: 'Starting with https://.', validation: { isRequired: true } }),
          accessed: fields.date({ label: SOURCE_FIELD_LABELS.accessed, validation: { isRequired: true } }),
          recheckBy: fields.date({
            label: `${SOURCE_FIELD_LABELS.recheckBy} (optional)`,
            description: 'For a law, a Medicaid rule or a helpline that changes on a known date: the date by which someone must read the source again. The content check warns 30 days before.',
          }),
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
          label: `${PAGE_FIELD_LABELS.sources} (optional)`,
          description: 'The public pages the general health or legal information comes from. Shown under "Sources" at the foot of the page.',
          itemLabel: (props) => props.fields.title.value || 'New source',
        },
      ),
      content: fields.mdx({
        label: PAGE_TEXT_LABEL,
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
    ...(language === 'es' ? { translation: translationFields() } : {}),
  }
}

/**
 * Where a Spanish page came from (lib/content/translation.ts): the fingerprint of its English page's text
 * and the date. Its review is a translation sign-off, which only the editor's Sign off action writes.
 */
function translationFields() {
  return fields.object(
    {
      englishText: fields.text({
        label: 'Fingerprint of the English text it was translated from',
        description: "Twelve letters and digits. The content check prints the English page's new fingerprint when it has changed; copy it here once the Spanish says what the English says.",
        validation: { pattern: { regex: /^[0-9a-f]{12}$/, message: 'Twelve letters and digits (0-9, a-f), as the content check prints it.' } },
      }),
      translatedOn: fields.date({ label: 'Translated on', validation: { isRequired: true } }),
    },
    { label: PAGE_FIELD_LABELS.translation },
  )
}
