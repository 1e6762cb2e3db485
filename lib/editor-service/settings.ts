/**
 * The editor service's settings, read from the environment when it starts (README, "The editor
 * as a service"). A missing or malformed setting stops the server with a message that names it
 * and says what to put there; nothing starts half-configured.
 */
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** The branch of EDITOR_REPO every save is committed to, unless EDITOR_BRANCH names another. */
export const DEFAULT_EDITOR_BRANCH = 'drafts'

export interface EditorSettings {
  /** The editor's public address, origin only: "https://editor.example.org". */
  url: URL
  oidc: { issuer: URL; clientId: string; clientSecret: string }
  /** The roles file (YAML), as a path. */
  rolesFile: string
  /** The git clone the editor works in, as an absolute path. */
  repo: string
  branch: string
  sessionSecret: string
  port: number
}

/** Loopback names, the only hosts where plain http is allowed (for tests on one machine). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

function webAddress(example: string) {
  return z
    .string({ error: `is missing. Set it to an address like ${example}.` })
    .trim()
    .min(1, `is empty. Set it to an address like ${example}.`)
    .transform((text, ctx) => {
      let url: URL
      try {
        url = new URL(text)
      } catch {
        ctx.addIssue({ code: 'custom', message: `"${text}" is not a web address. Use one like ${example}.` })
        return z.NEVER
      }
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
        ctx.addIssue({ code: 'custom', message: `"${text}" must start with https:// (plain http is allowed only on this computer's loopback address, for tests).` })
        return z.NEVER
      }
      if (url.username || url.password || url.search || url.hash) {
        ctx.addIssue({ code: 'custom', message: `"${text}" must not hold a user name, password, ?query or #part.` })
        return z.NEVER
      }
      return url
    })
}

const required = (what: string) => z.string({ error: `is missing. Set it to ${what}.` }).trim().min(1, `is empty. Set it to ${what}.`)

const schema = z.object({
  EDITOR_URL: webAddress('https://editor.example.org').refine((url) => url.pathname === '/', {
    message: 'must be the editor\'s own host name with no path (like https://editor.example.org): the editor answers at the root of its address.',
  }),
  OIDC_ISSUER: webAddress('https://login.microsoftonline.com/<tenant>/v2.0'),
  OIDC_CLIENT_ID: required('the client ID your sign-in provider gave the editor'),
  OIDC_CLIENT_SECRET: required('the client secret your sign-in provider gave the editor'),
  EDITOR_ROLES: required('the path of the roles file (YAML; see README)').refine((file) => fs.existsSync(file) && fs.statSync(file).isFile(), {
    message: 'names a file that does not exist. Set it to the path of the roles file (YAML; see README).',
  }),
  EDITOR_REPO: required('the folder of the git clone the editor works in').refine((dir) => fs.existsSync(path.join(dir, '.git')), {
    message: 'is not a git clone (it has no .git). Clone the site\'s repository there first (README, "The editor as a service").',
  }),
  EDITOR_BRANCH: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._/-]*$/, 'must be a plain branch name, like drafts.')
    .default(DEFAULT_EDITOR_BRANCH),
  SESSION_SECRET: required('a random text of at least 32 characters (for example from: openssl rand -base64 48)').refine((secret) => secret.length >= 32, {
    message: 'is too short: use at least 32 random characters (for example from: openssl rand -base64 48).',
  }),
  PORT: z
    .string()
    .default('3000')
    .refine((port) => /^\d+$/.test(port) && Number(port) > 0 && Number(port) < 65536, { message: 'must be a port number between 1 and 65535.' }),
})

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`The editor cannot start: fix these settings (environment variables), then start it again.\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'SettingsError'
    this.stack = `${this.name}: ${this.message}`
  }
}

/** The settings from an environment, or a SettingsError naming every setting that is wrong. */
export function readSettings(env: Record<string, string | undefined>): EditorSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''))
  const result = schema.safeParse({ ...present, ...pick(env, ['EDITOR_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'EDITOR_ROLES', 'EDITOR_REPO', 'SESSION_SECRET']) })
  if (!result.success) {
    throw new SettingsError(result.error.issues.map((issue) => `${String(issue.path[0] ?? 'settings')} ${issue.message}`))
  }
  const s = result.data
  return {
    url: new URL(s.EDITOR_URL.origin),
    oidc: { issuer: s.OIDC_ISSUER, clientId: s.OIDC_CLIENT_ID, clientSecret: s.OIDC_CLIENT_SECRET },
    rolesFile: path.resolve(s.EDITOR_ROLES),
    repo: path.resolve(s.EDITOR_REPO),
    branch: s.EDITOR_BRANCH,
    sessionSecret: s.SESSION_SECRET,
    port: Number(s.PORT),
  }
}

/** Required settings keep their empty values, so "is empty" is said rather than "is missing". */
function pick(env: Record<string, string | undefined>, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => env[name] !== undefined).map((name) => [name, env[name] as string]))
}
