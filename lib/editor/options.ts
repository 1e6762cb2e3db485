/**
 * What the browser editor needs to know about the site, as plain data the server hands to it:
 * the fact names (for the Fact and FactList menus), the phone lines, the reviewer roles and the
 * frontmatter limits. Read from the same modules the build and the content check use, so a new
 * fact or role appears in the editor's menus without a change here.
 */
import { frontmatterSchema } from '@/lib/content'
import { factChoiceLabel, factsForm, type FactFormNode } from '@/lib/editor/facts-form'
import { GUIDANCE_KINDS, REVIEWER_ROLES } from '@/lib/base/content-rules'
import { factText } from '@/lib/content/mdx-text'
import { facts, factNames, GROUP_TIMES, listFactNames, PHONE_MESSAGE, PHONE_PATTERN, phoneFor, phoneLines } from '@/lib/facts'

export interface EditorOptions {
  /** Every fact name pages may use, like "iop.weeks". */
  factNames: string[]
  /** Each fact as a page shows it, so the editor can show the value next to the name. */
  factValues: Record<'en' | 'es', Record<string, string>>
  /** Each fact's name as staff read it, like "IOP: Weeks" for iop.weeks (lib/editor/facts-form.ts). */
  factLabels: Record<string, string>
  /** The fact names whose value is a list (for FactList). */
  listFactNames: string[]
  /** The phone lines PhoneLink can show, with a label for the menu. */
  phoneLines: { value: string; label: string }[]
  /** The phone rule of the facts schema (lib/facts/schema.ts), as a pattern and its message. */
  phone: { pattern: string; message: string }
  /** The group times a program may list. */
  groupTimes: string[]
  /** Roles a reviewer may have, from lib/base/content-rules.ts. */
  reviewerRoles: string[]
  /** Kinds of general guidance a page may give (health, legal), from lib/base/content-rules.ts. */
  guidanceKinds: string[]
  /** Roles whose review of a translation counts (a qualified translator), from lib/base/content-rules.ts. */
  /** The facts form, made from the facts schema (lib/editor/facts-form.ts). */
  factsForm: Record<string, FactFormNode>
  /** Title and description limits, from the frontmatter schema in lib/content/frontmatter.ts. */
  limits: { titleMin: number; titleMax: number; descriptionMin: number; descriptionMax: number }
}

export function editorOptions(): EditorOptions {
  const { title, description } = frontmatterSchema.shape
  return {
    factNames: [...factNames],
    factValues: {
      en: Object.fromEntries(factNames.map((name) => [name, factText(name, 'en')])),
      es: Object.fromEntries(factNames.map((name) => [name, factText(name, 'es')])),
    },
    factLabels: Object.fromEntries(factNames.map((name) => [name, factChoiceLabel(name, facts.programs)])),
    listFactNames: [...listFactNames],
    phoneLines: phoneLines.map((line) => ({
      value: line,
      label: `${line === 'program' ? 'Our program line' : facts.crisisLines[line].name} (${phoneFor(line).display})`,
    })),
    phone: { pattern: PHONE_PATTERN.source, message: PHONE_MESSAGE },
    groupTimes: [...GROUP_TIMES],
    // One list each, in lib/base/content-rules.ts, where the page schema and the content check read them.
    reviewerRoles: [...REVIEWER_ROLES],
    guidanceKinds: [...GUIDANCE_KINDS],
    factsForm: factsForm(),
    limits: {
      titleMin: title.minLength ?? 0,
      titleMax: title.maxLength ?? Infinity,
      descriptionMin: description.minLength ?? 0,
      descriptionMax: description.maxLength ?? Infinity,
    },
  }
}
