/**
 * The editor's facts form, made from the facts schema (lib/facts/schema.ts): each field's kind,
 * whether it is required, its limits, and its label and help, which are written once, beside the
 * field's rule. The result is plain data the server hands to the editor in the browser
 * (EditorOptions), where keystatic.config.tsx turns each node into a form field. A field added to
 * the schema appears in the form with no change there.
 */
import type { z } from 'zod'
import { programFactsSchema, type FactFieldMeta } from '@/lib/facts'

interface Common {
  label: string
  help?: string
  /** False for a field the facts may leave out. */
  required: boolean
}

export type FactFormNode =
  | (Common & { kind: 'text'; minLength: number; pattern?: { source: string; message: string } })
  | (Common & { kind: 'integer'; min?: number; max?: number })
  | (Common & { kind: 'checkbox' })
  /** A list of short texts, one item a line. */
  | (Common & { kind: 'lines' })
  | (Common & { kind: 'multiselect'; options: string[] })
  | (Common & { kind: 'choice'; choices: NonNullable<FactFieldMeta['choices']> })
  | (Common & { kind: 'object'; fields: Record<string, FactFormNode> })
  | (Common & { kind: 'list'; item: FactFormNode & { kind: 'object' } })

// zod 4 describes each schema in `_zod.def`; these are the parts the form needs.
interface Def {
  type: string
  innerType?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  options?: z.ZodType[]
  entries?: Record<string, string>
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp; value?: number; inclusive?: boolean; error?: () => string } } }[]
  error?: () => string
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** The schema without .optional(), and whether it was optional. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  const def = defOf(schema)
  return def.type === 'optional' && def.innerType ? { inner: unwrap(def.innerType).inner, required: false } : { inner: schema, required: true }
}

function metaOf(schema: z.ZodType, key: string): FactFieldMeta {
  const meta = schema.meta() as FactFieldMeta | undefined
  return meta?.label ? meta : { label: key }
}

/** The regular expressions a string must match, with the schema's message. */
function patternOf(schema: z.ZodType): { source: string; message: string } | undefined {
  const def = defOf(schema)
  if (def.type === 'union' && def.options) {
    const parts = def.options.map(patternOf)
    if (parts.every((part) => part !== undefined)) return { source: parts.map((p) => p.source).join('|'), message: def.error?.() ?? parts[0].message }
    return undefined
  }
  const regex = def.checks?.find((check) => check._zod.def.format === 'regex')?._zod.def
  return regex?.pattern ? { source: regex.pattern.source, message: regex.error?.() ?? 'Check what you wrote.' } : undefined
}

export function factFormNode(schema: z.ZodType, key = ''): FactFormNode {
  const { inner, required } = unwrap(schema)
  const { label, help, choices } = metaOf(inner, key)
  const common = { label, ...(help ? { help } : {}), required }
  const def = defOf(inner)
  if (choices) return { ...common, kind: 'choice', choices }
  switch (def.type) {
    case 'string':
    case 'union':
      return { ...common, kind: 'text', minLength: (inner as z.ZodString).minLength ?? (required ? 1 : 0), ...(patternOf(inner) ? { pattern: patternOf(inner) } : {}) }
    case 'number': {
      const number = inner as z.ZodNumber
      const above = def.checks?.find((check) => check._zod.def.check === 'greater_than')?._zod.def
      const min = above ? (above.inclusive ? above.value : (above.value ?? 0) + 1) : undefined
      return { ...common, kind: 'integer', ...(min !== undefined ? { min } : {}), ...(number.maxValue !== null && number.maxValue < Number.MAX_SAFE_INTEGER ? { max: number.maxValue } : {}) }
    }
    case 'boolean':
      return { ...common, kind: 'checkbox' }
    case 'object': {
      const fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([name, child]) => [name, factFormNode(child, name)]))
      // An optional part written in two languages (opening hours) may be left empty as a whole, so
      // none of its fields is required on its own: the save leaves an empty optional part out.
      return { ...common, kind: 'object', fields: required ? fields : Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, optional(field)])) }
    }
    case 'array': {
      const element = unwrap(def.element!).inner
      const elementDef = defOf(element)
      if (elementDef.type === 'enum') return { ...common, kind: 'multiselect', options: Object.values(elementDef.entries ?? {}) }
      if (elementDef.type === 'object') return { ...common, kind: 'list', item: factFormNode(element, key) as FactFormNode & { kind: 'object' } }
      return { ...common, kind: 'lines' }
    }
    default:
      throw new Error(`The facts form has no field for a ${def.type} (${key}); add one in lib/editor/facts-form.ts.`)
  }
}

/** A field, and every field inside it, that may be left empty. */
function optional(node: FactFormNode): FactFormNode {
  if (node.kind === 'text') return { ...node, required: false, minLength: 0 }
  if (node.kind === 'object') return { ...node, required: false, fields: Object.fromEntries(Object.entries(node.fields).map(([name, field]) => [name, optional(field)])) }
  return { ...node, required: false }
}

/** The whole facts form: one node for each top-level part of the facts. */
export function factsForm(): Record<string, FactFormNode> {
  const root = factFormNode(programFactsSchema)
  if (root.kind !== 'object') throw new Error('The facts schema is not an object.')
  return root.fields
}

/**
 * A field of the facts as the form names it: ["programs", 0, "weeks"] is "Programs, Intensive
 * Outpatient Program, Weeks" (a program is named by its name in the facts being saved).
 */
export function factFieldLabel(fieldPath: readonly PropertyKey[], input: unknown): string {
  const labels: string[] = []
  let node: FactFormNode | undefined = factFormNode(programFactsSchema)
  let value: unknown = input
  for (const part of fieldPath) {
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined
    if (node?.kind === 'object') {
      node = node.fields[String(part)]
      labels.push(node?.label ?? String(part))
    } else if (node?.kind === 'list') {
      // A program is named by its name: written once (a string) or in two languages ({ en, es }).
      const raw = (value as { name?: unknown } | undefined)?.name
      const name = typeof raw === 'object' && raw !== null ? (raw as { en?: unknown }).en : raw
      labels.push(typeof name === 'string' && name ? name : `item ${Number(part) + 1}`)
      node = node.item
    } else {
      labels.push(typeof part === 'number' ? `item ${part + 1}` : String(part))
      node = undefined
    }
  }
  return labels.join(', ') || 'Program facts'
}

/**
 * Facts the site works out from the others (lib/facts/derive.ts), named as staff say
 * them. A derived fact without a name here keeps its technical name in the editor's list.
 */
const DERIVED_FACT_LABELS: Record<string, string> = {
  'phone.display': 'number as shown',
  'phone.href': 'number for links',
  languagesText: 'languages, in a sentence',
  href: 'page address',
  howOften: 'how often, in words',
  howLong: 'how long, in words',
  totalMeetings: 'meetings in all',
  groupTimesText: 'group times, in words',
  twelveStepMeetingsText: '12-step meetings, in words',
  'twelveStepMeetings.encouraged': '12-step meetings encouraged (true or false)',
  'twelveStepMeetings.required': '12-step meetings required (true or false)',
  familySession: 'family session, in words',
  continuesAfterText: 'what it follows, as a sentence',
  officialName: 'official name, in English',
  optionalText: 'optional or not, in words',
}

/** The words before a field's explanation in brackets: "Continuing care (the lighter…)" -> "Continuing care". */
const short = (label: string) => label.replace(/\s*\(.*\)$/, '')

/**
 * A fact's name as staff read it: "iop.weeks" is "IOP: Weeks", "crisisLines.samhsa.phone.display"
 * is "National helpline: number as shown", "phone.display" is "Anuvia: number as shown".
 */
export function factChoiceLabel(name: string, programs: readonly { key: string; name: string; shortName?: string }[]): string {
  const form = factsForm()
  const [first, ...rest] = name.split('.')
  const program = programs.find((p) => p.key === first)
  let owner: string
  let node: FactFormNode | undefined
  if (program) {
    owner = program.shortName ?? program.name
    node = form.programs?.kind === 'list' ? form.programs.item : undefined
  } else if (first === 'crisisLines' && rest.length > 0 && form.crisisLines?.kind === 'object') {
    node = form.crisisLines.fields[rest.shift()!]
    owner = node ? short(node.label) : first
  } else if (first === 'phone') {
    owner = form.organization ? short(form.organization.label) : first
  } else if (first === 'programCount') {
    return 'Programs: how many'
  } else {
    node = form[first]
    owner = node ? short(node.label) : first
    // A fact of its own: a value, or a text in both languages ({ en, es }).
    if (node && (node.kind !== 'object' || (rest.length === 0 && Object.keys(node.fields).sort().join() === 'en,es'))) return owner
  }
  const rawPath = first === 'phone' ? name : rest.join('.')
  if (DERIVED_FACT_LABELS[rawPath]) return `${owner}: ${DERIVED_FACT_LABELS[rawPath]}`
  const field = node?.kind === 'object' && rest.length === 1 ? node.fields[rest[0]] : undefined
  return `${owner}: ${field ? short(field.label) : rawPath}`
}
