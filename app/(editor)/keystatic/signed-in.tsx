import { cookies } from 'next/headers'
import { isEditorService } from '@/lib/editor-service/service-address'
import { sessionFromCookieHeader, SESSION_COOKIE } from '@/lib/editor-service/session'

/**
 * Under the editor service (npm run editor:start): who is signed in, and Sign out, on every screen
 * of the editor. A plain form: signing out works without the editor's scripts.
 */
export async function SignedIn() {
  if (!isEditorService()) return null
  const seal = (await cookies()).get(SESSION_COOKIE)?.value
  const secret = process.env.SESSION_SECRET
  const { person } = seal && secret ? await sessionFromCookieHeader(`${SESSION_COOKIE}=${encodeURIComponent(seal)}`, secret) : {}
  if (!person) return null
  return (
    <>
      <style>{`.signed-in{position:fixed;right:20px;bottom:20px;z-index:9;display:flex;gap:10px;align-items:center;padding:6px 8px 6px 12px;border-radius:6px;background:#fff;border:1px solid #0b5563;font:14px system-ui,sans-serif;color:#1a1a1a}.signed-in button{font:600 14px system-ui,sans-serif;min-height:32px;padding:4px 10px;border-radius:4px;border:1px solid #0b5563;background:#0b5563;color:#fff;cursor:pointer}@media (max-width:600px){.signed-in{left:12px;right:12px;bottom:124px;justify-content:space-between}}`}</style>
      <form className="signed-in" method="post" action="/sign-out" aria-label="Your account">
        <span>
          Signed in as <strong>{person.name}</strong>
        </span>
        <button type="submit">Sign out</button>
      </form>
    </>
  )
}
