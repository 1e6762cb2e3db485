/**
 * Who is looking at the publishing pages, and with which roles: the signed-in person from the
 * editor service's session. Until the editor runs as a service with a sign-in, no one is known,
 * and the pages show what is waiting without any button.
 */
import type { Person } from '@/lib/publishing/release-log'

export interface Viewer extends Person {
  credentials?: string
  roles: readonly string[]
}

export async function currentViewer(): Promise<Viewer | undefined> {
  return undefined
}
