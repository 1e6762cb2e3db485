/**
 * The editor service as the editor's own routes see it (app/(editor)/, proxy.edit.ts): on when
 * `npm run editor:start` started the server (ANUVIA_EDITOR_SERVICE=1), with its settings, its git
 * clone and what each session has been shown. Under `npm run edit` it is off and nothing changes.
 */
import path from 'node:path'
import { GitRepository, editorCommitter } from './git-repository'
import { accessFor, readRolesFile, type Access, type Identity } from './roles'
import { sessionFromCookieHeader, SESSION_SECONDS, type SessionData } from './session'
import { readSettings, type EditorSettings } from './settings'
import { ViewStore } from './views'

export interface EditorService {
  settings: EditorSettings
  repo: GitRepository
  views: ViewStore
}

let service: EditorService | undefined

export function editorService(): EditorService {
  if (!service) {
    const settings = readSettings(process.env)
    service = {
      settings,
      repo: new GitRepository(settings.repo, settings.branch, editorCommitter(settings.url)),
      views: new ViewStore(path.join(settings.repo, '.git', 'anuvia-editor', 'views.json'), SESSION_SECONDS * 1000),
    }
  }
  return service
}

let roles: { file: string; read: ReturnType<typeof readRolesFile> } | undefined

/** The roles file as it is now: read again when it changes, the last good one kept if it breaks. */
export function currentAccess(identity: Identity, settings: EditorSettings): Access {
  try {
    roles = { file: settings.rolesFile, read: readRolesFile(settings.rolesFile) }
  } catch (error) {
    if (!roles) throw error
    console.error((error as Error).message)
  }
  return accessFor(identity, roles.read)
}

/** The signed-in person of a request, with their access, from the session cookie alone. */
export async function personOf(request: Request): Promise<{ session: SessionData; person: Identity; access: Access } | undefined> {
  const { settings } = editorService()
  const session = await sessionFromCookieHeader(request.headers.get('cookie'), settings.sessionSecret)
  if (!session.person || !session.id) return undefined
  return { session, person: session.person, access: currentAccess(session.person, settings) }
}
