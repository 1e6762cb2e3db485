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
      {/* In the sidebar's empty foot, above Content problems; on a phone, only the button, bottom right. */}
      <style>{`.signed-in{position:fixed;left:12px;bottom:68px;z-index:9;width:236px;box-sizing:border-box;display:flex;flex-direction:column;gap:6px;align-items:flex-start;padding:8px 10px;border-radius:6px;background:#fff;border:1px solid #0b5563;font:14px system-ui,sans-serif;color:#1a1a1a}.signed-in button{font:600 14px system-ui,sans-serif;min-height:32px;padding:4px 10px;border-radius:4px;border:1px solid #0b5563;background:#0b5563;color:#fff;cursor:pointer}.signed-in button:focus-visible{outline:3px solid #c25e00;outline-offset:2px}@media (max-width:600px){.signed-in{left:auto;right:12px;bottom:20px;width:auto;padding:0;border:0;background:none}.signed-in span{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}}`}</style>
      <form className="signed-in" method="post" action="/sign-out" aria-label="Your account">
        <span>
          Signed in as <strong>{person.name}</strong>
        </span>
        <button type="submit">Sign out</button>
      </form>
    </>
  )
}
