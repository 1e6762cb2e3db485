/**
 * A save as a commit, on a real git clone in a temporary folder: the person is the author, the
 * editor the committer; a save over a colleague's change is refused with who and when; what a
 * session was shown survives a restart; a save cut off before its commit is found at start.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitRepository } from '@/lib/editor-service/git-repository'
import { saveAsCommit } from '@/lib/editor-service/save'
import { blobId, ViewStore } from '@/lib/editor-service/views'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-save-repo-'))
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
const viewsFile = path.join(dir, '.git', 'anuvia-editor', 'views.json')
const committer = { name: 'Anuvia website editor', email: 'editor@editor.example.org' }
const dana = { subject: 'd', email: 'dana@example.org', name: 'Dana Reyes', groups: [] }
const lee = { subject: 'l', email: 'lee@example.org', name: 'Lee Park', groups: [] }
const b64 = (text: string) => Buffer.from(text).toString('base64')
const FAQ = 'content/en/faq.mdx'

let repo: GitRepository
beforeAll(async () => {
  git('init', '-q', '-b', 'main')
  git('config', 'user.name', 'Setup')
  git('config', 'user.email', 'setup@example.org')
  fs.mkdirSync(path.join(dir, 'content', 'en'), { recursive: true })
  fs.writeFileSync(path.join(dir, FAQ), 'old text\n')
  git('add', '.')
  git('commit', '-q', '-m', 'start')
  repo = new GitRepository(dir, 'drafts', committer)
  await repo.useBranch()
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('a save', () => {
  it('is one commit on the editor branch, by the person, committed by the editor', async () => {
    const views = new ViewStore(viewsFile, 3600_000)
    views.note('s-dana', { [FAQ]: blobId(Buffer.from('old text\n')) })
    const outcome = await saveAsCommit(repo, views, 's-dana', dana, { additions: [{ path: FAQ, contents: b64('new text\n') }], deletions: [] })
    expect(outcome).toMatchObject({ saved: true, message: 'Edit /faq' })
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('drafts')
    expect(git('log', '-1', '--format=%an <%ae>|%cn <%ce>|%s')).toBe('Dana Reyes <dana@example.org>|Anuvia website editor <editor@editor.example.org>|Edit /faq')
    expect(git('status', '--porcelain')).toBe('')
    expect(fs.readFileSync(path.join(dir, FAQ), 'utf8')).toBe('new text\n')
  })

  it('may be followed by the same person\'s next save of the same page, after a restart too', async () => {
    const views = new ViewStore(viewsFile, 3600_000)
    const outcome = await saveAsCommit(repo, views, 's-dana', dana, { additions: [{ path: FAQ, contents: b64('newer text\n') }], deletions: [] })
    expect(outcome.saved).toBe(true)
  })

  it('is refused, naming who saved and when, when a colleague saved the page since it was opened', async () => {
    const views = new ViewStore(viewsFile, 3600_000)
    views.note('s-lee', { [FAQ]: blobId(Buffer.from('new text\n')) })
    const head = git('rev-parse', 'HEAD')
    const outcome = await saveAsCommit(repo, views, 's-lee', lee, { additions: [{ path: FAQ, contents: b64('lee text\n') }], deletions: [] })
    expect(outcome).toMatchObject({ saved: false, status: 409 })
    expect(outcome.saved ? '' : outcome.message).toMatch(/^Not saved: content\/en\/faq.mdx has changed since you opened it. Dana Reyes \(dana@example.org\) saved it at .* UTC\. Nothing of theirs or yours is lost: your text is still in this form/)
    expect(git('rev-parse', 'HEAD')).toBe(head)
    expect(fs.readFileSync(path.join(dir, FAQ), 'utf8')).toBe('newer text\n')
    const kept = fs.readdirSync(path.join(dir, '.git', 'anuvia-editor', 'refused'))
    expect(kept).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, '.git', 'anuvia-editor', 'refused', kept[0]), 'utf8')).toContain(b64('lee text\n'))
  })

  it('serves the version a session was shown from the history, and no other file\'s', async () => {
    expect((await repo.blobOf(FAQ, blobId(Buffer.from('old text\n'))))?.toString()).toBe('old text\n')
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret\n')
    git('add', 'secret.txt')
    git('commit', '-q', '-m', 'other file')
    expect(await repo.blobOf(FAQ, blobId(Buffer.from('secret\n')))).toBeUndefined()
  })

  it('cut off before its commit is found at start: the file put back, the cut-off text kept', async () => {
    fs.writeFileSync(path.join(dir, FAQ), 'half-saved text\n')
    fs.writeFileSync(path.join(dir, 'content', 'en', 'new-page.mdx'), 'new\n')
    const found = await repo.finishInterrupted(new Date('2026-12-04T10:00:00Z'))
    expect(found).toEqual([expect.stringMatching(/^Save cut off before its commit, found at start 2026-12-04T10:00:00.000Z: .*content\/en\/faq.mdx/)])
    expect(fs.readFileSync(path.join(dir, FAQ), 'utf8')).toBe('newer text\n')
    expect(fs.existsSync(path.join(dir, 'content', 'en', 'new-page.mdx'))).toBe(false)
    expect(git('stash', 'list')).toContain('Save cut off before its commit')
    expect(git('stash', 'show', '-p', '--include-untracked', 'stash@{0}')).toContain('+half-saved text')
  })

  it('is refused while a merge waits for a person', async () => {
    fs.writeFileSync(path.join(dir, '.git', 'MERGE_HEAD'), git('rev-parse', 'HEAD'))
    expect(await repo.finishInterrupted()).toEqual([expect.stringMatching(/^a merge was left unfinished/)])
    const outcome = await saveAsCommit(repo, new ViewStore(viewsFile, 3600_000), 's-dana', dana, { additions: [{ path: FAQ, contents: b64('x\n') }], deletions: [] })
    expect(outcome).toMatchObject({ saved: false, status: 503 })
    fs.rmSync(path.join(dir, '.git', 'MERGE_HEAD'))
  })
})
