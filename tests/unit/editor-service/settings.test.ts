import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readSettings, SettingsError } from '@/lib/editor-service/settings'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-settings-'))
fs.mkdirSync(path.join(dir, 'repo', '.git'), { recursive: true })
fs.writeFileSync(path.join(dir, 'roles.yaml'), 'people: []\n')
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const good = {
  EDITOR_URL: 'https://editor.example.org',
  OIDC_ISSUER: 'https://login.example.org/tenant/v2.0',
  OIDC_CLIENT_ID: 'anuvia-editor',
  OIDC_CLIENT_SECRET: 'a-secret',
  EDITOR_ROLES: path.join(dir, 'roles.yaml'),
  EDITOR_REPO: path.join(dir, 'repo'),
  SESSION_SECRET: 'x'.repeat(40),
  PORT: '3400',
}

function problems(env: Record<string, string | undefined>): string[] {
  try {
    readSettings(env)
  } catch (error) {
    if (error instanceof SettingsError) return error.problems
    throw error
  }
  return []
}

describe('editor settings', () => {
  it('reads good settings, with the drafts branch by default', () => {
    const s = readSettings(good)
    expect(s.url.origin).toBe('https://editor.example.org')
    expect(s.branch).toBe('drafts')
    expect(s.port).toBe(3400)
    expect(s.repo).toBe(path.join(dir, 'repo'))
  })

  it('names every missing setting at once', () => {
    const found = problems({ PORT: '3400' })
    for (const name of ['EDITOR_URL', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'EDITOR_ROLES', 'EDITOR_REPO', 'SESSION_SECRET']) {
      expect(found.some((p) => p.startsWith(`${name} is missing`)), name).toBe(true)
    }
  })

  it('refuses plain http except on loopback', () => {
    expect(problems({ ...good, OIDC_ISSUER: 'http://login.example.org' })).toEqual([expect.stringMatching(/^OIDC_ISSUER .*must start with https:\/\//)])
    expect(problems({ ...good, OIDC_ISSUER: 'http://127.0.0.1:3490', EDITOR_URL: 'http://localhost:3400' })).toEqual([])
  })

  it('says what is wrong with each malformed setting', () => {
    expect(problems({ ...good, EDITOR_URL: 'editor.example.org' })).toEqual([expect.stringMatching(/^EDITOR_URL "editor.example.org" is not a web address/)])
    expect(problems({ ...good, EDITOR_URL: 'https://example.org/editor' })).toEqual([expect.stringMatching(/^EDITOR_URL must be the editor's own host name with no path/)])
    expect(problems({ ...good, SESSION_SECRET: 'short' })).toEqual([expect.stringMatching(/^SESSION_SECRET is too short/)])
    expect(problems({ ...good, PORT: 'eighty' })).toEqual([expect.stringMatching(/^PORT must be a port number/)])
    expect(problems({ ...good, EDITOR_ROLES: path.join(dir, 'nope.yaml') })).toEqual([expect.stringMatching(/^EDITOR_ROLES names a file that does not exist/)])
    expect(problems({ ...good, EDITOR_REPO: dir })).toEqual([expect.stringMatching(/^EDITOR_REPO is not a git clone/)])
    expect(problems({ ...good, OIDC_CLIENT_SECRET: '' })).toEqual([expect.stringMatching(/^OIDC_CLIENT_SECRET is empty/)])
  })

  it('stops with a message that names the setting and says what to do', () => {
    expect(() => readSettings({ ...good, SESSION_SECRET: undefined })).toThrow(/The editor cannot start: fix these settings[\s\S]*SESSION_SECRET is missing. Set it to a random text/)
  })
})
