/**
 * Who is looking at the publishing pages, and with which roles: the signed-in person from the
 * editor service's session cookie (lib/editor-service/service.ts), never from a header a client
 * can send. Under `npm run edit` (no service, no sign-in) no one is known: the pages show what is
 * waiting without any button, and every action answers 401.
 */
import { headers } from 'next/headers'
import type { Person } from '@/lib/publishing/release-log'
import { personOf } from '@/lib/editor-service/service'
import { isEditorService } from '@/lib/editor-service/service-address'

export interface Viewer extends Person {
  credentials?: string
  roles: readonly string[]
}

export async function currentViewer(): Promise<Viewer | undefined> {
  if (!isEditorService()) return undefined
  const cookie = (await headers()).get('cookie')
  const found = await personOf(new Request('http://editor.invalid/', { headers: cookie ? { cookie } : {} }))
  if (!found) return undefined
  return {
    name: found.access.displayName,
    email: found.person.email,
    roles: found.access.roles,
    ...(found.access.credentials ? { credentials: found.access.credentials } : {}),
  }
}
