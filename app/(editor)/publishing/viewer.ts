/**
 * Who is looking at the publishing pages, and with which roles: the signed-in person from the
 * editor service's session (lib/editor-service/), with the name and credentials the roles file
 * gives them. Under `npm run edit` (no sign-in) no one is known, and the pages show what is waiting
 * without any button.
 */
import { cookies } from 'next/headers'
import { currentAccess, editorService } from '@/lib/editor-service/service'
import { isEditorService } from '@/lib/editor-service/service-address'
import { sessionFromCookieHeader, SESSION_COOKIE } from '@/lib/editor-service/session'
import type { Person } from '@/lib/publishing/release-log'

export interface Viewer extends Person {
  credentials?: string
  roles: readonly string[]
}

export async function currentViewer(): Promise<Viewer | undefined> {
  if (!isEditorService()) return undefined
  const seal = (await cookies()).get(SESSION_COOKIE)?.value
  if (!seal) return undefined
  const { settings } = editorService()
  const { person, id } = await sessionFromCookieHeader(`${SESSION_COOKIE}=${encodeURIComponent(seal)}`, settings.sessionSecret)
  if (!person || !id) return undefined
  const access = currentAccess(person, settings)
  return { name: access.displayName, email: person.email, roles: access.roles, ...(access.credentials ? { credentials: access.credentials } : {}) }
}
