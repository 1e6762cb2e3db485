/**
 * The publishing addresses for the editor's allow-list, and the action route's refusals before
 * anything is done: no signed-in person, an action that does not exist.
 */
import { describe, expect, it } from 'vitest'
import { PUBLISHING_ROUTES } from '@/lib/publishing/routes'
import { POST } from '@/app/(editor)/api/publishing/[action]/route.edit'

const routeFor = (method: string, path: string) => PUBLISHING_ROUTES.find((route) => (route.methods as readonly string[]).includes(method) && route.path.test(path))

describe('the publishing routes', () => {
  it('give publish, roll back and undo to publishers only, and sign off to reviewers only', () => {
    expect(routeFor('POST', '/api/publishing/publish')?.who).toEqual(['publisher'])
    expect(routeFor('POST', '/api/publishing/rollback')?.who).toEqual(['publisher'])
    expect(routeFor('POST', '/api/publishing/sign-off')?.who).toEqual(['clinical-reviewer', 'translation-reviewer'])
    expect(routeFor('GET', '/api/publishing/publish')).toBeUndefined()
    expect(routeFor('GET', '/publishing/history/en/staying-safe.mdx')?.who).toBe('signed-in')
    expect(routeFor('GET', '/publishing/history/../secrets.mdx')).toBeUndefined()
  })

  it('answers 401 to an action with no signed-in person, and 404 to an action that does not exist', async () => {
    const post = (action: string) => POST(new Request(`http://editor.test/api/publishing/${action}`, { method: 'POST' }), { params: Promise.resolve({ action }) })
    const refused = await post('publish')
    expect(refused.status).toBe(401)
    expect(await refused.text()).toContain('Sign in to the editor first.')
    expect((await post('delete-everything')).status).toBe(404)
  })
})
