/**
 * The publishing action route's refusals before anything is done (no signed-in person, an action
 * that does not exist), and the editor service's gate in front of it.
 */
import { describe, expect, it } from 'vitest'
import { decide } from '@/lib/editor-service/gate'
import { POST } from '@/app/(editor)/api/publishing/[action]/route.edit'

describe('the publishing action route', () => {
  it('answers 401 to an action with no signed-in person, and 404 to an action that does not exist', async () => {
    const post = (action: string) => POST(new Request(`http://editor.test/api/publishing/${action}`, { method: 'POST' }), { params: Promise.resolve({ action }) })
    const refused = await post('publish')
    expect(refused.status).toBe(401)
    expect(await refused.text()).toContain('Sign in to the editor first.')
    expect((await post('delete-everything')).status).toBe(404)
  })
})

describe("the editor service's gate with publishing's addresses", () => {
  const url = new URL('https://editor.example.org')
  const ask = (method: string, target: string, roles: string[]) =>
    decide({ method, target, host: url.host, origin: url.origin, access: { roles: roles as never, displayName: 'Someone' } }, url)

  it('refuses publish and sign off to an editor (403) and lets a publisher and a reviewer through', () => {
    expect(ask('POST', '/api/publishing/publish', ['editor'])).toMatchObject({ kind: 'refuse', status: 403 })
    expect(ask('POST', '/api/publishing/publish', ['publisher']).kind).toBe('next')
    // A publisher passes the gate to sign off; the sign-off itself refuses them (sign-off.test.ts, publishing-waiting.test.ts).
    expect(ask('POST', '/api/publishing/sign-off', ['editor'])).toMatchObject({ kind: 'refuse', status: 403 })
    expect(ask('POST', '/api/publishing/sign-off', ['clinical-reviewer']).kind).toBe('next')
    expect(ask('GET', '/publishing', ['editor'])).toMatchObject({ kind: 'next', route: { name: 'waiting to publish' } })
  })
})
