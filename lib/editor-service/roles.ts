/**
 * Who may do what in the editor: the roles file (EDITOR_ROLES) gives people, by email, or the
 * sign-in provider's groups (its `groups` claim) their roles. One person may have several, from
 * their own entry and from every group they are in. Reviewers carry the name and credentials a
 * page may show beside their sign-off.
 */
import fs from 'node:fs'
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { closestName } from '@/lib/base/suggest'
import { firstAlias } from '@/lib/base/yaml-data'

export const ROLES = ['editor', 'clinical-reviewer', 'translation-reviewer', 'publisher'] as const
export type Role = (typeof ROLES)[number]

const role = z.string().transform((name, ctx) => {
  if ((ROLES as readonly string[]).includes(name)) return name as Role
  const near = closestName(name, ROLES)
  ctx.addIssue({ code: 'custom', message: `"${name}" is not a role.${near ? ` Did you mean "${near}"?` : ''} The roles are ${ROLES.join(', ')}.` })
  return z.NEVER
})
const roles = z.array(role).min(1, 'lists no role: give at least one, or leave the entry out.')

const person = z.strictObject({
  email: z.email('must be an email address, like web.editor@example.org.').transform((email) => email.toLowerCase()),
  name: z.string().trim().min(1, 'is empty: write the name pages may show, or leave it out.').optional(),
  credentials: z.string().trim().min(1, 'is empty: write the credentials pages may show (like LCAS), or leave it out.').optional(),
  roles,
})
const group = z.strictObject({ group: z.string().trim().min(1, 'is empty: write the group\'s name as the sign-in provider sends it.'), roles })

const rolesFileSchema = z
  .strictObject({ people: z.array(person).default([]), groups: z.array(group).default([]) })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>()
    file.people.forEach((p, index) => {
      if (seen.has(p.email)) ctx.addIssue({ code: 'custom', path: ['people', index, 'email'], message: `${p.email} is listed twice (also as person ${seen.get(p.email)! + 1}): keep one entry with all their roles.` })
      seen.set(p.email, index)
    })
  })

export type RolesFile = z.infer<typeof rolesFileSchema>

export class RolesFileError extends Error {
  constructor(file: string, readonly problems: string[]) {
    super(`The roles file ${file} has problems; fix them, then start the editor again.\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'RolesFileError'
    this.stack = `${this.name}: ${this.message}`
  }
}

/** The roles file's text, checked; `file` names it in messages. */
export function parseRolesFile(text: string, file: string): RolesFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new RolesFileError(file, doc.errors.map((error) => `line ${lineCounter.linePos(error.pos[0]).line}: this is not valid YAML (${error.message.split('\n')[0]}).`))
  }
  const alias = firstAlias(doc)
  if (alias !== undefined) throw new RolesFileError(file, [`line ${lineCounter.linePos(alias).line}: YAML aliases (*name) are not accepted; write each entry out.`])
  const result = rolesFileSchema.safeParse(doc.toJS() ?? {})
  if (!result.success) {
    throw new RolesFileError(
      file,
      result.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number] } | undefined
        const line = node?.range ? `line ${lineCounter.linePos(node.range[0]).line}, ` : ''
        return `${line}${issue.path.join('.') || 'the file'}: ${issue.message}`
      }),
    )
  }
  return result.data
}

export function readRolesFile(file: string): RolesFile {
  return parseRolesFile(fs.readFileSync(file, 'utf8'), file)
}

/** A signed-in person, as the sign-in provider says: never from a request header. */
export interface Identity {
  /** The provider's stable id for the person. */
  subject: string
  email: string
  name: string
  groups: readonly string[]
}

export interface Access {
  roles: Role[]
  /** The name and credentials pages may show for this person's sign-offs. */
  displayName: string
  credentials?: string
}

/** Every role the file gives this person, from their own entry and from each of their groups. */
export function accessFor(identity: Pick<Identity, 'email' | 'name' | 'groups'>, file: RolesFile): Access {
  const own = file.people.find((p) => p.email === identity.email.toLowerCase())
  const fromGroups = file.groups.filter((g) => identity.groups.includes(g.group)).flatMap((g) => g.roles)
  const granted = new Set([...(own?.roles ?? []), ...fromGroups])
  return {
    roles: ROLES.filter((r) => granted.has(r)),
    displayName: own?.name ?? identity.name,
    ...(own?.credentials ? { credentials: own.credentials } : {}),
  }
}
