import { sealData } from 'iron-session'
import { describe, expect, it } from 'vitest'
import { decide, safeReturnTo, type GateRequest } from '@/lib/editor-service/gate'
import { dropIdentityHeaders } from '@/lib/editor-service/request-identity'
import { sessionFromCookieHeader, SESSION_COOKIE, SESSION_SECONDS } from '@/lib/editor-service/session'

const URL_ = new URL('https://editor.example.org')
const editor = { roles: ['editor' as const], displayName: 'Dana' }
const reviewer = { roles: ['clinical-reviewer' as const], displayName: 'Sam' }
const req = (over: Partial<GateRequest>): GateRequest => ({ method: 'GET', target: '/keystatic', host: 'editor.example.org', origin: undefined, access: editor, ...over })

describe('the gate', () => {
  it('lets an editor use the editor, its files, saves, the preview and Next files', () => {
    for (const target of ['/keystatic', '/keystatic/collection/pages/item/programs%2Fsacot', '/api/keystatic/tree', `/api/keystatic/blob/${'a'.repeat(40)}/content/en/faq.mdx`, '/faq', '/es/programs/sacot', '/', '/content-problems', '/_next/static/chunks/x.js', '/images/photo.png']) {
      expect(decide(req({ target }), URL_).kind, target).toBe('next')
    }
    expect(decide(req({ method: 'POST', target: '/api/keystatic/update', origin: 'https://editor.example.org' }), URL_).kind).toBe('next')
  })

  it('sends a person who is not signed in to sign in, on every route but sign-in', () => {
    for (const target of ['/keystatic', '/api/keystatic/tree', '/faq', '/content-problems', '/_next/static/chunks/x.js', '/images/a.png']) {
      expect(decide(req({ target, access: undefined }), URL_)).toEqual({ kind: 'sign-in', returnTo: target })
    }
    expect(decide(req({ target: '/sign-in', access: undefined }), URL_).kind).toBe('own')
    expect(decide(req({ target: '/sign-in/callback?code=x&state=y', access: undefined }), URL_).kind).toBe('own')
  })

  it('tells a signed-in person without a role so, everywhere', () => {
    for (const target of ['/keystatic', '/faq', '/content-problems']) expect(decide(req({ target, access: { roles: [], displayName: 'V' } }), URL_)).toEqual({ kind: 'no-role' })
  })

  it('keeps the editor and saves to editors', () => {
    expect(decide(req({ target: '/keystatic', access: reviewer }), URL_)).toMatchObject({ kind: 'refuse', status: 403 })
    expect(decide(req({ method: 'POST', target: '/api/keystatic/update', origin: 'https://editor.example.org', access: reviewer }), URL_)).toMatchObject({ kind: 'refuse', status: 403 })
    expect(decide(req({ target: '/faq', access: reviewer }), URL_).kind).toBe('next')
  })

  it('refuses another Host, and a change from another Origin or none', () => {
    expect(decide(req({ host: 'evil.example' }), URL_)).toMatchObject({ kind: 'refuse', status: 421 })
    expect(decide(req({ host: undefined }), URL_)).toMatchObject({ kind: 'refuse', status: 421 })
    expect(decide(req({ method: 'POST', target: '/api/keystatic/update', origin: 'https://evil.example' }), URL_)).toMatchObject({ kind: 'refuse', status: 403 })
    expect(decide(req({ method: 'POST', target: '/api/keystatic/update' }), URL_)).toMatchObject({ kind: 'refuse', status: 403 })
  })

  it('answers only listed addresses and methods, decided on the decoded path', () => {
    const origin = 'https://editor.example.org'
    expect(decide(req({ target: '/api/keystatic/github/login' }), URL_)).toMatchObject({ kind: 'refuse', status: 404 })
    expect(decide(req({ method: 'POST', target: '/api/keystatic/%75pdate', origin }), URL_).kind).toBe('next')
    expect(decide(req({ method: 'POST', target: '/api/keystatic/update%2F..%2Fx', origin }), URL_)).toMatchObject({ kind: 'refuse', status: 400 })
    expect(decide(req({ method: 'DELETE', target: '/faq', origin }), URL_)).toMatchObject({ kind: 'refuse', status: 405 })
    expect(decide(req({ target: '/keystatic/%2e%2e/api/keystatic/tree' }), URL_)).toMatchObject({ kind: 'refuse', status: 400 })
    expect(decide(req({ target: '/.env' }), URL_)).toMatchObject({ kind: 'refuse', status: 404 })
    expect(decide(req({ target: '/faq%00' }), URL_)).toMatchObject({ kind: 'refuse', status: 400 })
  })

  it('returns after sign-in only to an address of the editor', () => {
    expect(safeReturnTo('/faq')).toBe('/faq')
    expect(safeReturnTo('/keystatic/collection/pages')).toBe('/keystatic/collection/pages')
    for (const bad of ['//evil.example/', 'https://evil.example/', '/\\evil.example', '/sign-in', undefined, '/nope.php']) expect(safeReturnTo(bad)).toBe('/keystatic')
  })
})

describe('identity', () => {
  it('takes every identity-claiming header off a request', () => {
    const headers: Record<string, string> = { host: 'x', 'x-forwarded-user': 'a', 'remote-user': 'a', 'x-auth-request-email': 'a@x', 'x-middleware-subrequest': 'm', 'x-forwarded-proto': 'https', cookie: 'c' }
    const raw = Object.entries(headers).flat()
    expect(dropIdentityHeaders(headers, raw).sort()).toEqual(['remote-user', 'x-auth-request-email', 'x-forwarded-user', 'x-middleware-subrequest'])
    expect(Object.keys(headers)).toEqual(['host', 'x-forwarded-proto', 'cookie'])
    expect(raw).toEqual(['host', 'x', 'x-forwarded-proto', 'https', 'cookie', 'c'])
  })

  it('opens a session only with its own secret', async () => {
    const secret = 's'.repeat(40)
    const person = { subject: '1', email: 'a@example.org', name: 'A', groups: [], signedInAt: 1 }
    const seal = await sealData({ person }, { password: secret, ttl: SESSION_SECONDS })
    expect((await sessionFromCookieHeader(`other=1; ${SESSION_COOKIE}=${seal}`, secret)).person).toEqual(person)
    expect(await sessionFromCookieHeader(`${SESSION_COOKIE}=${seal}`, 't'.repeat(40))).toEqual({})
    expect(await sessionFromCookieHeader(`${SESSION_COOKIE}=${seal.slice(0, -4)}abcd`, secret)).toEqual({})
    expect(await sessionFromCookieHeader(null, secret)).toEqual({})
  })
})

describe('the address rule alone (for the proxy and routes)', () => {
  it('refuses only another Host, or a change from another Origin, on any route and method', async () => {
    const { addressRefusal } = await import('@/lib/editor-service/gate')
    expect(addressRefusal({ method: 'POST', host: 'editor.example.org', origin: 'https://editor.example.org' }, URL_)).toBeUndefined()
    expect(addressRefusal({ method: 'GET', host: 'editor.example.org', origin: undefined }, URL_)).toBeUndefined()
    expect(addressRefusal({ method: 'POST', host: 'editor.example.org', origin: undefined }, URL_)).toMatchObject({ status: 403 })
    expect(addressRefusal({ method: 'GET', host: 'other.example.org', origin: undefined }, URL_)).toMatchObject({ status: 421 })
  })
})

describe('publishing routes', () => {
  it('shows Waiting to publish to anyone with a role, and lets the publishing roles post actions', () => {
    const origin = 'https://editor.example.org'
    expect(decide(req({ target: '/publishing', access: reviewer }), URL_).kind).toBe('next')
    expect(decide(req({ target: '/publishing/history/content/en/faq.mdx', access: editor }), URL_).kind).toBe('next')
    expect(decide(req({ method: 'POST', target: '/api/publishing/publish', origin, access: { roles: ['publisher'], displayName: 'P' } }), URL_).kind).toBe('next')
    expect(decide(req({ method: 'POST', target: '/api/publishing/publish', origin, access: editor }), URL_)).toMatchObject({ kind: 'refuse', status: 403 })
    expect(decide(req({ method: 'POST', target: '/api/publishing/delete-everything', origin, access: { roles: ['publisher'], displayName: 'P' } }), URL_)).toMatchObject({ kind: 'refuse', status: 404 })
    expect(decide(req({ target: '/publishing', access: undefined }), URL_).kind).toBe('sign-in')
  })
})
