/**
 * The editor's one list of write routes (lib/editor/write-routes.ts), decided on the address as
 * Keystatic decodes it. The same requests are sent to the running editor in
 * tests/editor/security.spec.ts.
 */
import { describe, expect, it } from 'vitest'
import { EDITOR_WRITE_ROUTES, keystaticRoute, unlistedWriteRefusal, writeRouteOf } from '@/lib/editor/write-routes'

const at = (path: string) => `http://127.0.0.1:3000${path}`

describe('the write routes', () => {
  it('lists the save route, once', () => {
    expect(EDITOR_WRITE_ROUTES.filter((route) => route.path === '/api/keystatic/update')).toHaveLength(1)
  })

  it('reads an address as Keystatic does: decoded pieces, empty ones dropped', () => {
    expect(keystaticRoute(at('/api/keystatic/update'))).toBe('update')
    expect(keystaticRoute(at('/api/keystatic/updat%65'))).toBe('update')
    expect(keystaticRoute(at('/api/keystatic/%75pdate'))).toBe('update')
    expect(keystaticRoute(at('/api/keystatic//update/'))).toBe('update')
    expect(keystaticRoute(at('/api/keystatic/update%2F'))).toBe('update/')
    expect(keystaticRoute(at('/api/keystatic/updat%2565'))).toBe('updat%65')
    expect(keystaticRoute(at('/api/keystatic/%'))).toBeUndefined()
  })

  it('takes every spelling of the save route for the save route, so its checks run', () => {
    for (const path of ['/api/keystatic/update', '/api/keystatic/updat%65', '/api/keystatic/%75%70%64%61%74%65', '/api/keystatic//update', '/api/keystatic/update/', '/api/keystatic/update?x=1', '/api/%6beystatic/update']) {
      expect(writeRouteOf('POST', at(path))?.path, path).toBe('/api/keystatic/update')
      expect(unlistedWriteRefusal('POST', at(path)), path).toBeUndefined()
    }
  })

  it('refuses every other write, however it is written', () => {
    const paths = ['/api/keystatic/update%2F', '/api/keystatic/%2Fupdate', '/api/keystatic/updat%2565', '/api/keystatic/UPDATE', '/api/keystatic/update;x', '/api/keystatic/update/x', '/api/keystatic/tree', '/api/keystatic/%', '/api%2Fkeystatic/update', '/keystatic', '/']
    for (const path of paths) {
      expect(writeRouteOf('POST', at(path)), path).toBeUndefined()
      expect(unlistedWriteRefusal('POST', at(path))?.status, path).toBe(405)
    }
    for (const method of ['PUT', 'DELETE', 'PATCH', 'PROPFIND']) expect(unlistedWriteRefusal(method, at('/api/keystatic/update'))?.status, method).toBe(405)
  })

  it('lets reads through to the other rules', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(unlistedWriteRefusal(method, at('/api/keystatic/tree'))).toBeUndefined()
  })
})
