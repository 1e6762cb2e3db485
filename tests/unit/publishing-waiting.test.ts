/**
 * What is waiting to publish and each page's history (lib/publishing/waiting.ts, history.ts), read
 * from a real git clone of the site's content and a release log.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parsePage } from '@/lib/content'
import { signOffCommitMessage, signOffFor, signOffState, withSignOff } from '@/lib/content/sign-off'
import { signOffPage } from '@/lib/publishing/sign-off-action'
import { pageHistory } from '@/lib/publishing/history'
import { appendReleaseLog } from '@/lib/publishing/release-log'
import { readableText, waitingToPublish, wordChanges } from '@/lib/publishing/waiting'

const TODAY = '2026-12-04'
const sam = { name: 'Sam Lee', email: 'sam@example.org' }
const dana = { name: 'Dana Reyes', email: 'dana@example.org', credentials: 'LCAS', roles: ['clinical-reviewer'] }
const FILE = 'content/en/staying-safe.mdx'

let tmp: string
let repo: string
const git = (args: string[], who = sam) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: 'Anuvia editor', GIT_COMMITTER_EMAIL: 'editor@localhost' } }).trim()

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'waiting-'))
  repo = path.join(tmp, 'editor')
  fs.mkdirSync(repo)
  fs.cpSync('content', path.join(repo, 'content'), { recursive: true })
  if (fs.existsSync('public')) fs.cpSync('public', path.join(repo, 'public'), { recursive: true })
  git(['init', '-q', '--initial-branch=main'])
  git(['add', '.'])
  git(['commit', '-q', '-m', 'The site as published'])
  git(['checkout', '-q', '-b', 'drafts'])
  const text = fs.readFileSync(path.join(repo, FILE), 'utf8')
  const changed = text.replace(/^(Naloxone \S+)/m, '$1 really')
  expect(changed).not.toBe(text)
  fs.writeFileSync(path.join(repo, FILE), changed)
  git(['commit', '-q', '-am', 'Edit /staying-safe'])
})

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('the words of a change', () => {
  it('counts words added and removed in the text a reader sees, not the details block', () => {
    const before = readableText('---\ntitle: Old title\nlastReviewed: 2026-11-01\n---\n\nCall us today.\n')
    const after = readableText('---\ntitle: New title\nlastReviewed: 2026-12-01\n---\n\nCall us today or tomorrow.\n')
    const words = wordChanges(before, after)
    expect(words).toMatchObject({ wordsAdded: 3, wordsRemoved: 1 })
    expect(words.changes.map((change) => `${change.added ? '+' : '-'}${change.text}`)).toEqual(['-Old', '+New', '+or tomorrow'])
  })
})

describe('waiting to publish', () => {
  it("lists each changed page with who, when, the words, the check's result and the review state", async () => {
    const waiting = await waitingToPublish({ repo, siteRoot: path.join(tmp, 'site') }, TODAY)
    expect(waiting.commits.map((commit) => [commit.subject, commit.author.name])).toEqual([['Edit /staying-safe', 'Sam Lee']])
    expect(waiting.pages).toHaveLength(1)
    const [page] = waiting.pages
    expect(page).toMatchObject({ file: FILE, route: '/staying-safe', deleted: false, authors: [sam], wordsAdded: 1, wordsRemoved: 0, errors: [] })
    expect(page.changes).toEqual([{ added: true, text: 'really' }])
    expect(page.clinical).toEqual({ state: 'awaits' })
    expect(page.warnings.some((warning) => /awaits a clinical review/.test(warning))).toBe(true)
  })
})

describe("a page's history", () => {
  it('shows saved, signed off and published, by whom, newest first', async () => {
    const text = fs.readFileSync(path.join(repo, FILE), 'utf8')
    const signOff = signOffFor(parsePage(text, 'en/staying-safe.mdx'), 'clinical', dana, TODAY)
    fs.writeFileSync(path.join(repo, FILE), withSignOff(text, 'clinical', signOff))
    git(['commit', '-q', '-am', signOffCommitMessage({ route: '/staying-safe' }, 'clinical', dana, signOff)], dana)
    const siteRoot = path.join(tmp, 'site')
    appendReleaseLog(siteRoot, { action: 'publish', by: { name: 'Pat Kim', email: 'pat@example.org' }, release: '20261204-120000-abcdef0', commit: git(['rev-parse', 'HEAD']), files: [FILE], at: '2099-01-01T00:00:00Z' })
    const history = await pageHistory({ repo, siteRoot }, FILE)
    expect(history.slice(0, 3).map((event) => [event.kind, event.by.name])).toEqual([
      ['published', 'Pat Kim'],
      ['signed off', 'Dana Reyes'],
      ['saved', 'Sam Lee'],
    ])
    expect(history[1].detail).toBe('clinical review by Dana Reyes, LCAS <dana@example.org>')
    const waiting = await waitingToPublish({ repo, siteRoot: path.join(tmp, 'no-site') }, TODAY)
    expect(waiting.pages[0].clinical?.state).toBe('signed')
  })
})

describe('the sign-off action', () => {
  const ana = { name: 'Ana Ruiz', email: 'ana@example.org', credentials: 'CT', roles: ['translation-reviewer'] }

  it('commits the sign-off as the reviewer, with trailers, and refuses a person without the role or a text that changed', async () => {
    const file = 'content/es/staying-safe.mdx'
    const text = fs.readFileSync(path.join(repo, file), 'utf8')
    await expect(signOffPage({ repo }, { file, kind: 'translation', signer: { ...ana, roles: ['editor'] }, today: TODAY })).rejects.toThrow(/Only a person with the translation-reviewer role/)
    await expect(signOffPage({ repo }, { file, kind: 'translation', signer: ana, today: TODAY, fingerprint: '000000000000' })).rejects.toThrow(/changed while you were reading/)
    expect(fs.readFileSync(path.join(repo, file), 'utf8')).toBe(text)
    const { commit, signOff } = await signOffPage({ repo }, { file, kind: 'translation', signer: ana, today: TODAY })
    expect(git(['log', '-1', '--format=%an <%ae>|%cn|%s', commit])).toBe('Ana Ruiz <ana@example.org>|Anuvia editor|Sign off /es/staying-safe (translation review)')
    expect(git(['log', '-1', '--format=%(trailers:key=Reviewed-by,valueonly)', commit])).toBe('Ana Ruiz, CT <ana@example.org>')
    expect(signOffState(parsePage(fs.readFileSync(path.join(repo, file), 'utf8'), 'es/staying-safe.mdx'), 'translation')).toEqual({ state: 'signed', signOff })
    await expect(signOffPage({ repo }, { file: '../secrets.mdx', kind: 'clinical', signer: dana, today: TODAY })).rejects.toThrow(/not a page of the site/)
  })
})
