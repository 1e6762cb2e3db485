/**
 * Sign-off of a page version: a clinical reviewer signs off the text of a page that gives health
 * or legal guidance, a translation reviewer the text of a Spanish page. A sign-off records who
 * (name and credentials from the editor's roles file), the role, the date, and a fingerprint of
 * the text signed off, in the page's frontmatter:
 *
 * ```yaml
 * signOff:
 *   clinical:
 *     name: Dana Reyes
 *     credentials: LCAS
 *     role: clinical-reviewer
 *     date: 2026-12-04
 *     text: 0123456789ab
 * ```
 *
 * When the text changes after a sign-off, the fingerprint no longer matches: the page's foot and
 * the content check then say the page awaits review again. Only the editor's sign-off action writes
 * these fields (lib/editor refuses a save that sets or changes them).
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { parseDocument } from 'yaml'
import type { Page } from '@/lib/content/frontmatter'

/** What is signed off: the clinical content of a guidance page, or a Spanish page's translation. */
export const SIGN_OFF_KINDS = ['clinical', 'translation'] as const
export type SignOffKind = (typeof SIGN_OFF_KINDS)[number]

/** The editor role that may sign off each kind (the roles of the editor's roles file). */
export const SIGN_OFF_ROLES = { clinical: 'clinical-reviewer', translation: 'translation-reviewer' } as const satisfies Record<SignOffKind, string>

const FINGERPRINT = /^[0-9a-f]{12}$/

function signOffSchema(kind: SignOffKind) {
  const role = SIGN_OFF_ROLES[kind]
  return z.strictObject(
    {
      name: z.string({ error: 'The name of the person who signed off.' }).trim().min(2, 'The name of the person who signed off.'),
      credentials: z.string().trim().min(1).optional(),
      role: z.literal(role, { error: `A ${kind} sign-off is made by a ${role}.` }),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'The date of the sign-off, as year-month-day.'),
      text: z.string().regex(FINGERPRINT, 'The fingerprint of the text signed off: 12 letters and digits (0-9, a-f).'),
    },
    { error: `A ${kind} sign-off has name, credentials, role, date and text. Only the editor's Sign off button writes it.` },
  )
}

/** The `signOff:` field of a page's frontmatter. */
export const signOffsSchema = z.strictObject(
  { clinical: signOffSchema('clinical').optional(), translation: signOffSchema('translation').optional() },
  { error: 'signOff holds clinical and translation sign-offs, written only by the editor\'s Sign off button.' },
)

export type SignOff = z.output<ReturnType<typeof signOffSchema>>
export type SignOffs = z.output<typeof signOffsSchema>

/** Line ends and trailing spaces do not change a text: a file saved on Windows is the same text. */
export function normalized(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()
}

type SignedText = Pick<Page, 'body'> & { frontmatter: Pick<Page['frontmatter'], 'title' | 'description' | 'guidance' | 'sources'> }

/**
 * The fingerprint of what a reviewer reads and signs: the title, description, body, the kinds of
 * guidance, and each source's name, title, publisher, address and language (not the date it was
 * read: rechecking a source does not change what the page says). 12 hex digits of SHA-256.
 */
export function pageTextFingerprint(page: SignedText): string {
  const { title, description, guidance, sources } = page.frontmatter
  const cited = (sources ?? []).map(({ id, title: name, publisher, url, language }) => [id, name, publisher, url, language ?? 'en'].join('\t'))
  const text = [title, description, page.body, (guidance ?? []).join(','), cited.join('\n')].map((part) => normalized(part)).join('\n\n')
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12)
}

/** Whether a page needs a sign-off of this kind: clinical for guidance pages, translation for Spanish pages. */
export function needsSignOff(page: Pick<Page, 'locale'> & { frontmatter: Pick<Page['frontmatter'], 'guidance'> }, kind: SignOffKind): boolean {
  return kind === 'clinical' ? (page.frontmatter.guidance?.length ?? 0) > 0 : page.locale === 'es'
}

export type SignOffState =
  | { state: 'not-needed' }
  /** Signed off, and the text is the text signed. */
  | { state: 'signed'; signOff: SignOff }
  /** Signed off once, but the text has changed since: it awaits review again. */
  | { state: 'changed'; signOff: SignOff }
  /** Never signed off. */
  | { state: 'awaits' }

/** Where a page stands for one kind of sign-off, read from its frontmatter and its text as it is. */
export function signOffState(page: Page, kind: SignOffKind): SignOffState {
  if (!needsSignOff(page, kind)) return { state: 'not-needed' }
  const signOff = page.frontmatter.signOff?.[kind]
  if (!signOff) return { state: 'awaits' }
  return signOff.text === pageTextFingerprint(page) ? { state: 'signed', signOff } : { state: 'changed', signOff }
}

/** "Dana Reyes, LCAS": the name as a page shows it. */
export function signerName(signOff: Pick<SignOff, 'name' | 'credentials'>): string {
  return signOff.credentials ? `${signOff.name}, ${signOff.credentials}` : signOff.name
}

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)(---\r?\n?)/

/** The `signOff` value in a page file's frontmatter, as written (undefined where there is none or it cannot be read). */
export function signOffsInFile(text: string): unknown {
  const match = FRONTMATTER.exec(text)
  if (!match) return undefined
  const doc = parseDocument(match[2])
  if (doc.errors.length > 0) return undefined
  const value: unknown = doc.toJS()
  return value && typeof value === 'object' ? (value as Record<string, unknown>).signOff : undefined
}

/**
 * The page file with `signOff` set to `value` (or removed, for undefined), everything else of
 * the file as it was, comments included. For the sign-off action and for carrying a sign-off over
 * a save that does not know the field.
 */
export function withSignOffsInFile(text: string, value: unknown): string {
  const match = FRONTMATTER.exec(text)
  if (!match) throw new Error('The page has no details block between two "---" lines.')
  const doc = parseDocument(match[2])
  if (doc.errors.length > 0) throw new Error(`The page's details cannot be read: ${doc.errors[0].message.split('\n')[0]}`)
  if (value === undefined) doc.delete('signOff')
  else doc.set('signOff', doc.createNode(value))
  return `${match[1]}${doc.toString({ lineWidth: 0 })}${match[3]}${text.slice(match[0].length)}`
}

/** The page file with one sign-off recorded, the other kind kept as it was. */
export function withSignOff(text: string, kind: SignOffKind, signOff: SignOff): string {
  const current = signOffsInFile(text)
  const others = current && typeof current === 'object' ? (current as Record<string, unknown>) : {}
  return withSignOffsInFile(text, { ...others, [kind]: signOff })
}

/** Who signs off, as the sign-off action knows them from the sign-in and the roles file. */
export interface Signer {
  name: string
  email: string
  credentials?: string
  roles: readonly string[]
}

/** Why this person may not sign off this page (in staff words), or undefined when they may. */
export function whyNotSignOff(page: Page, kind: SignOffKind, signer: Signer): string | undefined {
  const role = SIGN_OFF_ROLES[kind]
  if (!signer.roles.includes(role)) return `Only a person with the ${role} role can make a ${kind} sign-off. Ask whoever keeps the editor's roles file.`
  if (!needsSignOff(page, kind)) {
    return kind === 'clinical'
      ? `${page.route} gives no health or legal guidance, so it has no clinical sign-off.`
      : `${page.route} is an English page: only Spanish pages have a translation sign-off.`
  }
  return undefined
}

/** The sign-off this person makes of the page as it is today. */
export function signOffFor(page: Page, kind: SignOffKind, signer: Signer, date: string): SignOff {
  return {
    name: signer.name,
    ...(signer.credentials ? { credentials: signer.credentials } : {}),
    role: SIGN_OFF_ROLES[kind],
    date,
    text: pageTextFingerprint(page),
  }
}

/**
 * The commit message of a sign-off: a line a person reads, then trailers that git and the page's
 * history read back (`git interpret-trailers`).
 */
export function signOffCommitMessage(page: Pick<Page, 'route'>, kind: SignOffKind, signer: Signer, signOff: SignOff): string {
  return [
    `Sign off ${page.route} (${kind === 'clinical' ? 'clinical review' : 'translation review'})`,
    '',
    `Reviewed-by: ${signerName(signOff)} <${signer.email}>`,
    `Review-role: ${signOff.role}`,
    `Review-kind: ${kind}`,
    `Text-fingerprint: ${signOff.text}`,
  ].join('\n')
}
