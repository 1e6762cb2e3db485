/**
 * The editor's facts form, as Keystatic fields: each made from a node of lib/editor/facts-form.ts,
 * which is made from the facts schema, so the form's labels, help, required fields and limits are
 * the schema's. Runs in the browser (keystatic.config.tsx).
 */
import { fields, type BasicFormField } from '@keystatic/core'
import type { FactFormNode } from '@/lib/editor/facts-form'

/** Plain values as a select's options, each its own label. */
export const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

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
 * A field shown as one choice among plain answers (the 12-step meetings), stored as the value of
 * the answer chosen, or left out of the file for an answer whose value is null ("the facts do not
 * say").
 */
function choiceField(node: FactFormNode & { kind: 'choice' }): BasicFormField<string> {
  const key = (index: number) => `choice-${index}`
  const unknown = node.choices.findIndex((choice) => choice.value === null)
  const menu = fields.select({
    label: node.label,
    description: node.help,
    options: node.choices.map((choice, index) => ({ label: choice.label, value: key(index) })),
    defaultValue: key(Math.max(unknown, 0)),
  })
  const toChoice = (value: unknown) => {
    const index = node.choices.findIndex((choice) => JSON.stringify(choice.value) === JSON.stringify(value ?? null))
    return key(index === -1 ? Math.max(unknown, 0) : index)
  }
  return {
    ...menu,
    parse: toChoice,
    serialize: (value: string) => ({ value: node.choices[Number(value.slice('choice-'.length))]?.value ?? undefined }),
    reader: { parse: (value: unknown) => toChoice(value) },
  }
}

/**
 * One field of the facts form, made from its node (lib/editor/facts-form.ts, from the facts
 * schema): the labels, help, required fields and limits are the schema's. An optional field says
 * so after its label and is left out of the file when empty.
 */
// Keystatic's field types do not line up across kinds; each branch returns a field of its own kind.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function factField(node: FactFormNode): any {
  const label = node.required || node.kind === 'checkbox' ? node.label : `${node.label} (optional)`
  switch (node.kind) {
    case 'text':
      return fields.text({
        label,
        description: node.help,
        validation: {
          ...(node.required ? { length: { min: node.minLength } } : {}),
          // An optional field may stay empty; what is written must match.
          ...(node.pattern ? { pattern: { regex: new RegExp(node.required ? node.pattern.source : `^$|${node.pattern.source}`), message: node.pattern.message } } : {}),
        },
      })
    case 'integer':
      return fields.integer({ label, description: node.help, validation: { isRequired: node.required, min: node.min, max: node.max } })
    case 'checkbox':
      return fields.checkbox({ label, description: node.help })
    case 'lines':
      return lineList({ label, description: node.help, required: node.required })
    case 'multiselect':
      return {
        ...fields.multiselect({ label, description: node.help, options: options(node.options) }),
        // None ticked means the facts do not say: left out of the file, not an empty list.
        serialize: (value: readonly string[]) => ({ value: value.length > 0 ? value : undefined }),
      }
    case 'choice':
      return choiceField(node)
    case 'object':
      // A text in both languages: the English and the Spanish boxes side by side.
      return fields.object(factFields(node.fields), { label, description: node.help, ...(isTwoLanguageText(node) ? { layout: [6, 6] } : {}) })
    case 'list':
      return fields.array(factField(node.item), {
        label,
        description: node.help,
        // A program is shown by its name.
        itemLabel: (props) => {
          // A program by its (English) name; an item of a two-language list by its English words.
          const parts = 'fields' in props ? (props.fields as Record<string, { value?: unknown; fields?: Record<string, { value?: unknown }> }>) : undefined
          const name = parts?.name?.value ?? parts?.name?.fields?.en.value ?? parts?.en?.value
          return String(name || `New ${node.label.toLowerCase().replace(/s$/, '')}`)
        },
      })
  }
}

function isTwoLanguageText(node: FactFormNode & { kind: 'object' }): boolean {
  return Object.keys(node.fields).sort().join() === 'en,es'
}

export function factFields(nodes: Record<string, FactFormNode>) {
  return Object.fromEntries(Object.entries(nodes).map(([name, node]) => [name, factField(node)]))
}
