/**
 * The editor service's address rules for the editor's own routes and proxy (light: no git, no
 * files): whether the service is on (`npm run editor:start` sets ANUVIA_EDITOR_SERVICE=1), the Host
 * and Origin checks of the gate against EDITOR_URL, and the service's security headers.
 */
import { addressRefusal } from './gate'
import { editorServiceHeaders } from './security-headers'
import { readSettings } from './settings'

export const SERVICE_MODE_VARIABLE = 'ANUVIA_EDITOR_SERVICE'

export function isEditorService(): boolean {
  return process.env[SERVICE_MODE_VARIABLE] === '1'
}

let editorUrl: URL | undefined
function url(): URL {
  return (editorUrl ??= readSettings(process.env).url)
}

/** The service's headers (security-headers.ts), with HSTS when its address is https. */
export function serviceHeaders(): Record<string, string> {
  return editorServiceHeaders(url().protocol === 'https:')
}

/** The Host and Origin rules of the service (the gate's), for the proxy and the routes. */
export function serviceRefusal(request: { method: string; host: string | null; origin: string | null }): { status: number; message: string } | undefined {
  const refusal = addressRefusal({ method: request.method, host: request.host ?? undefined, origin: request.origin ?? undefined }, url())
  return refusal && { status: refusal.status, message: refusal.message }
}
