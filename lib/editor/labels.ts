/**
 * The names the editor's page form gives each field of a page's details, written once: the form
 * (keystatic.config.tsx) shows them, and the editor's messages (a refused save, Content problems)
 * lead with them, so staff read "Last reviewed", the words on the screen, never "lastReviewed".
 */
import type { Frontmatter, Source } from '@/lib/content'

export const PAGE_FIELD_LABELS: Record<keyof Frontmatter, string> = {
  title: 'Title',
  navTitle: 'Short title for menus and breadcrumbs',
  description: 'Description',
  lastReviewed: 'Last reviewed',
  reviewedBy: 'Reviewed by',
  nextReview: 'Next review',
  guidance: 'General guidance this page gives',
  sources: 'Sources',
  translation: 'Translation (Spanish pages)',
  signOff: 'Sign-off',
}

export const SOURCE_FIELD_LABELS: Record<keyof Source, string> = {
  id: 'Short name',
  title: 'Title of the page used',
  publisher: 'Who published it',
  url: 'Full web address',
  accessed: 'Date you read it',
  recheckBy: 'Read it again by',
  language: 'Language of the page used',
}

/** The label of the page's text, for problems in the body. */
export const PAGE_TEXT_LABEL = 'Page text'

/**
 * A problem's field as the form names it: "sources, item 2, url" -> "Sources, item 2, Full web
 * address"; a field the form does not have keeps its name (a misspelled key typed by hand).
 */
export function pageFieldLabel(field: string): string {
  const [first, ...rest] = field.split(', ')
  const label = (PAGE_FIELD_LABELS as Record<string, string>)[first] ?? first
  return [label, ...rest.map((part) => (SOURCE_FIELD_LABELS as Record<string, string>)[part] ?? part)].join(', ')
}

/** The page loader's hint for a wrong detail, for files typed by hand: in the form, the field says. */
const FRONTMATTER_HINT = 'See "Page details (frontmatter)" in CONTENT.md.'

/** The fields whose names are written as one word (lastReviewed), which the check's words may use. */
const FIELD_NAMES_IN_TEXT = new RegExp(`\\b(${Object.keys(PAGE_FIELD_LABELS).filter((key) => /[A-Z]/.test(key)).join('|')})\\b`, 'g')

/** The check's words as the editor shows them: a field named in the text is named by its label. */
export function inFormWords(text: string): string {
  return text.replace(FIELD_NAMES_IN_TEXT, (key) => `"${PAGE_FIELD_LABELS[key as keyof typeof PAGE_FIELD_LABELS]}"`)
}

/** What to do, as the editor says it: the check's hint, less the one that is about typing files. */
export function hintInEditor(hint: string | undefined): string | undefined {
  return hint === undefined || hint === FRONTMATTER_HINT ? undefined : inFormWords(hint)
}
