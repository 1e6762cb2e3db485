/**
 * Publishing (lib/publishing/): a real git clone with a local bare repository as its remote, a
 * real releases folder, and a small stand-in for `npm run build` (a content check that refuses a
 * page saying CHECK-ERROR, a build that fails on BUILD-ERROR and writes each page as HTML), so each
 * publish takes milliseconds. The real build is the browser tests' and the benchmark's.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BuildStep } from '@/lib/publishing/build-steps'
import { PublishRefused } from '@/lib/publishing/git'
import { publish, type PublishSettings } from '@/lib/publishing/publish'
import { readReleaseLog } from '@/lib/publishing/release-log'
import { currentLink, listReleases, liveRelease } from '@/lib/publishing/releases'
import { revertChange, rollback } from '@/lib/publishing/rollback'
import { publishStatus, runningPublish, startPublish } from '@/lib/publishing/jobs'
import { publishingSettings } from '@/lib/publishing/settings'

const editor = { name: 'Sam Lee', email: 'sam@example.org' }
const publisher = { name: 'Pat Kim', email: 'pat@example.org' }

const FAKE_BUILD = `
const fs = require('node:fs'), path = require('node:path')
const pages = fs.readdirSync('content/en').filter((f) => f.endsWith('.mdx'))
if (process.argv[2] === 'check') {
  const bad = pages.filter((f) => fs.readFileSync(path.join('content/en', f), 'utf8').includes('CHECK-ERROR'))
  for (const f of bad) console.log('content/en/' + f + ':3:1 error: The page says CHECK-ERROR.')
  process.exit(bad.length ? 1 : 0)
}
if (pages.some((f) => fs.readFileSync(path.join('content/en', f), 'utf8').includes('BUILD-ERROR'))) {
  console.error('Error: the page could not be compiled'); process.exit(1)
}
fs.mkdirSync('out', { recursive: true })
for (const f of pages) fs.writeFileSync(path.join('out', f.replace(/\\.mdx$/, '.html').replace(/^index/, 'index')), '<p>' + fs.readFileSync(path.join('content/en', f), 'utf8') + '</p>')
`

let tmp: string
let settings: PublishSettings
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: editor.name, GIT_AUTHOR_EMAIL: editor.email, GIT_COMMITTER_NAME: 'Anuvia editor', GIT_COMMITTER_EMAIL: 'editor@localhost' } }).trim()

/** A save in the editor: one file written and committed on drafts by the editor. */
function save(file: string, text: string, dir = settings.repo): string {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  fs.writeFileSync(path.join(dir, file), text)
  git(dir, 'add', file)
  git(dir, 'commit', '-q', '-m', `Edit ${file}`)
  return git(dir, 'rev-parse', 'HEAD')
}

const served = (page = 'index.html') => fs.readFileSync(path.join(currentLink(settings.siteRoot), page), 'utf8')

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publishing-'))
  const remote = path.join(tmp, 'remote.git')
  execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', remote])
  const seed = path.join(tmp, 'seed')
  execFileSync('git', ['clone', '-q', remote, seed], { stdio: 'ignore' })
  git(seed, 'checkout', '-q', '-b', 'main')
  fs.writeFileSync(path.join(seed, '.gitignore'), 'out/\nnode_modules/\n')
  fs.writeFileSync(path.join(tmp, 'fake-build.cjs'), FAKE_BUILD)
  save('content/en/index.mdx', 'Welcome.\n', seed)
  save('content/en/faq.mdx', 'Questions.\nLine two.\n', seed)
  git(seed, 'push', '-q', 'origin', 'main')
  const repo = path.join(tmp, 'editor')
  execFileSync('git', ['clone', '-q', remote, repo], { stdio: 'ignore' })
  git(repo, 'checkout', '-q', '-b', 'drafts')
  const steps: BuildStep[] = [
    { label: 'Checking the content', kind: 'check', command: 'node', args: [path.join(tmp, 'fake-build.cjs'), 'check'] },
    { label: 'Building the site', kind: 'build', command: 'node', args: [path.join(tmp, 'fake-build.cjs'), 'build'] },
  ]
  settings = { repo, siteRoot: path.join(tmp, 'site'), remote: 'origin', steps, appDir: tmp }
})

afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('publish', () => {
  it('merges the branch, builds in its own workspace, switches current to a new release, moves and pushes main, and logs who', async () => {
    const saved = save('content/en/index.mdx', 'Welcome, new words.\n')
    const steps: string[] = []
    const result = await publish(settings, publisher, { onProgress: (step) => steps.push(step) })
    expect(served()).toContain('Welcome, new words.')
    expect(fs.lstatSync(currentLink(settings.siteRoot)).isSymbolicLink()).toBe(true)
    expect(fs.readlinkSync(currentLink(settings.siteRoot))).toBe(path.join('releases', result.release))
    expect(result.commit).toBe(saved)
    expect(git(settings.repo, 'rev-parse', 'main')).toBe(saved)
    expect(git(path.join(tmp, 'remote.git'), 'rev-parse', 'main')).toBe(saved)
    expect(steps).toEqual(expect.arrayContaining(['Getting the latest from the repository', 'Merging the changes', 'Checking the content', 'Building the site', 'Switching the live site']))
    expect(readReleaseLog(settings.siteRoot).at(-1)).toMatchObject({ action: 'publish', by: publisher, release: result.release, commit: saved })
    // The first publish brings every page live.
    expect(result.files).toEqual(['content/en/faq.mdx', 'content/en/index.mdx'])
    // The editor's own files were never touched: the build ran elsewhere.
    expect(fs.existsSync(path.join(settings.repo, 'out'))).toBe(false)
  })

  it('says which pages changed since the live release, and refuses when nothing is waiting', async () => {
    await publish(settings, publisher)
    save('content/en/faq.mdx', 'Questions, changed.\nLine two.\n')
    const second = await publish(settings, publisher)
    expect(second.files).toEqual(['content/en/faq.mdx'])
    expect(listReleases(settings.siteRoot)).toHaveLength(2)
    await expect(publish(settings, publisher)).rejects.toThrow(/Nothing is waiting to publish/)
  })

  it('refuses a page the content check refuses, naming it, with the live site and main unchanged', async () => {
    const first = await publish(settings, publisher)
    save('content/en/faq.mdx', 'CHECK-ERROR\n')
    const refused = await publish(settings, publisher).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(PublishRefused)
    expect((refused as PublishRefused).message).toMatch(/^The content check found a problem, so nothing was published and the live site is unchanged\./)
    expect((refused as PublishRefused).files).toEqual(['content/en/faq.mdx'])
    expect(liveRelease(settings.siteRoot)).toBe(first.release)
    expect(git(settings.repo, 'rev-parse', 'main')).toBe(first.commit)
    expect(readReleaseLog(settings.siteRoot).at(-1)).toMatchObject({ action: 'refused', by: publisher })
  })

  it('refuses a page the build cannot build, showing the build\'s words, with the live site unchanged', async () => {
    const first = await publish(settings, publisher)
    save('content/en/faq.mdx', 'BUILD-ERROR\n')
    await expect(publish(settings, publisher)).rejects.toThrow(/The site could not be built \(building the site failed\)[\s\S]*the page could not be compiled/)
    expect(liveRelease(settings.siteRoot)).toBe(first.release)
    expect(served('faq.html')).toContain('Questions.')
  })

  it('leaves the live site and main as they were after a crash between the build and the switch, and the next publish works', async () => {
    const first = await publish(settings, publisher)
    const saved = save('content/en/index.mdx', 'After the crash.\n')
    await expect(
      publish(settings, publisher, {
        beforeSwitch: () => {
          throw new Error('the server stopped')
        },
      }),
    ).rejects.toThrow('the server stopped')
    expect(liveRelease(settings.siteRoot)).toBe(first.release)
    expect(served()).toContain('Welcome.')
    expect(git(settings.repo, 'rev-parse', 'main')).toBe(first.commit)
    const next = await publish(settings, publisher)
    expect(next.commit).toBe(saved)
    expect(served()).toContain('After the crash.')
  })

  it('keeps the ten newest releases', async () => {
    const ids: string[] = []
    for (let n = 1; n <= 12; n++) {
      save('content/en/index.mdx', `Version ${n}.\n`)
      ids.push((await publish(settings, { ...publisher }, { now: () => new Date(Date.UTC(2026, 11, 4, 10, n)) })).release)
    }
    expect(listReleases(settings.siteRoot)).toEqual(ids.slice(-10))
    expect(liveRelease(settings.siteRoot)).toBe(ids.at(-1))
  }, 120_000)

  it('stops at a conflict with the remote, shows the file, and loses nothing', async () => {
    const first = await publish(settings, publisher)
    // A developer changes the same line of the FAQ in the repository.
    const other = path.join(tmp, 'other')
    execFileSync('git', ['clone', '-q', path.join(tmp, 'remote.git'), other], { stdio: 'ignore' })
    save('content/en/faq.mdx', 'Questions, from the repository.\nLine two.\n', other)
    git(other, 'push', '-q', 'origin', 'main')
    const mine = save('content/en/faq.mdx', 'Questions, from the editor.\nLine two.\n')
    const refused = await publish(settings, publisher).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(PublishRefused)
    expect((refused as PublishRefused).message).toMatch(/conflict in content\/en\/faq\.mdx.*Nothing was published and nothing was lost; the live site is unchanged/)
    expect(liveRelease(settings.siteRoot)).toBe(first.release)
    expect(git(settings.repo, 'rev-parse', 'drafts')).toBe(mine)
    expect(fs.readFileSync(path.join(settings.repo, 'content/en/faq.mdx'), 'utf8')).toBe('Questions, from the editor.\nLine two.\n')
    expect(git(settings.repo, 'rev-parse', 'main')).toBe(first.commit)
  })

  it('takes in a change from the remote that does not conflict, and publishes both', async () => {
    await publish(settings, publisher)
    const other = path.join(tmp, 'other')
    execFileSync('git', ['clone', '-q', path.join(tmp, 'remote.git'), other], { stdio: 'ignore' })
    save('content/en/faq.mdx', 'Questions.\nLine two, from the repository.\n', other)
    git(other, 'push', '-q', 'origin', 'main')
    save('content/en/index.mdx', 'Welcome, from the editor.\n')
    await publish(settings, publisher)
    expect(served('faq.html')).toContain('Line two, from the repository.')
    expect(served()).toContain('Welcome, from the editor.')
    // The editor's branch has what was published.
    expect(fs.readFileSync(path.join(settings.repo, 'content/en/faq.mdx'), 'utf8')).toContain('from the repository')
  })
})

describe('roll back and undo', () => {
  it('switches current back to any kept release and logs who did it', async () => {
    const first = await publish(settings, publisher)
    save('content/en/index.mdx', 'Second version.\n')
    await publish(settings, publisher)
    await rollback(settings.siteRoot, first.release, publisher)
    expect(liveRelease(settings.siteRoot)).toBe(first.release)
    expect(served()).toContain('Welcome.')
    expect(readReleaseLog(settings.siteRoot).at(-1)).toMatchObject({ action: 'rollback', release: first.release, commit: first.commit, by: publisher })
    await expect(rollback(settings.siteRoot, '20200101-000000-0000000', publisher)).rejects.toThrow(/no kept release/)
  })

  it('undoes one change with a commit by the publisher', async () => {
    const bad = save('content/en/faq.mdx', 'Questions, with a mistake.\nLine two.\n')
    save('content/en/index.mdx', 'Welcome, kept.\n')
    const undo = await revertChange(settings, bad, publisher)
    expect(fs.readFileSync(path.join(settings.repo, 'content/en/faq.mdx'), 'utf8')).toBe('Questions.\nLine two.\n')
    expect(fs.readFileSync(path.join(settings.repo, 'content/en/index.mdx'), 'utf8')).toBe('Welcome, kept.\n')
    expect(git(settings.repo, 'log', '-1', '--format=%an <%ae>|%s', undo)).toBe('Pat Kim <pat@example.org>|Undo "Edit content/en/faq.mdx"')
  })

  it('refuses to undo a change that later changes build on, and changes nothing', async () => {
    const first = save('content/en/faq.mdx', 'Questions, first.\nLine two.\n')
    const head = save('content/en/faq.mdx', 'Questions, second.\nLine two.\n')
    await expect(revertChange(settings, first, publisher)).rejects.toThrow(/cannot be undone on its own: later changes to content\/en\/faq\.mdx/)
    expect(git(settings.repo, 'rev-parse', 'HEAD')).toBe(head)
    expect(git(settings.repo, 'status', '--porcelain')).toBe('')
  })
})

describe('a publish started from the editor', () => {
  it('runs in the background, one at a time, and its status shows each step and the result', async () => {
    save('content/en/index.mdx', 'Started from the editor.\n')
    expect(startPublish(settings, publisher)).toBe(true)
    expect(startPublish(settings, publisher)).toBe(false)
    expect(publishStatus(settings.siteRoot)?.state).toBe('running')
    await runningPublish(settings.siteRoot)
    const status = publishStatus(settings.siteRoot)!
    expect(status).toMatchObject({ state: 'published', by: publisher })
    expect(status.steps.map((step) => step.label)).toContain('Switching the live site')
    expect(served()).toContain('Started from the editor.')
  })

  it('says which setting is missing or wrong', () => {
    expect(() => publishingSettings({ EDITOR_REPO: 'relative/path' })).toThrow(/SITE_ROOT is not set[\s\S]*EDITOR_REPO \(relative\/path\) must be a full path/)
    expect(publishingSettings({ SITE_ROOT: '/srv/site', EDITOR_REPO: '/srv/editor', PUBLISH_REMOTE: 'origin' })).toEqual({ siteRoot: '/srv/site', repo: '/srv/editor', remote: 'origin' })
    expect(publishingSettings({ SITE_ROOT: '/srv/site', EDITOR_REPO: '/srv/editor', EDITOR_CODE_DIR: '/srv/code' }).appDir).toBe('/srv/code')
  })
})

describe('the build steps', () => {
  it('run without the editor server\'s own settings: ANUVIA_EDIT would build the editor instead of the site, and secrets stay out', async () => {
    const { runBuildSteps } = await import('@/lib/publishing/build-steps')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-env-'))
    const saved = { ...process.env }
    Object.assign(process.env, { ANUVIA_EDIT: '1', ANUVIA_EDITOR_SERVICE: '1', SESSION_SECRET: 'secret', SITE_URL: 'https://example.org' })
    try {
      await runBuildSteps(dir, [{ label: 'Building the site', kind: 'build', command: 'node', args: ['-e', "require('node:fs').writeFileSync('env.json', JSON.stringify(process.env))"] }])
    } finally {
      for (const name of ['ANUVIA_EDIT', 'ANUVIA_EDITOR_SERVICE', 'SESSION_SECRET', 'SITE_URL']) if (saved[name] === undefined) delete process.env[name]
      Object.assign(process.env, saved)
    }
    const seen = JSON.parse(fs.readFileSync(path.join(dir, 'env.json'), 'utf8')) as Record<string, string>
    fs.rmSync(dir, { recursive: true, force: true })
    expect(seen.ANUVIA_EDIT).toBeUndefined()
    expect(seen.ANUVIA_EDITOR_SERVICE).toBeUndefined()
    expect(seen.SESSION_SECRET).toBeUndefined()
    expect(seen.SITE_URL).toBe('https://example.org')
    expect(seen.PATH).toBe(process.env.PATH)
  })
})
