/**
 * Publish in one step. In a workspace of its own (a git worktree of the editor's repository, so the
 * editor's files are never touched): get the latest `main` from the remote when there is one,
 * merge the editor's branch into it, run the content check and the build, write the built site into
 * a new release folder and switch SITE_ROOT/current to it in one rename. Only then does `main` move
 * to the published commit and get pushed. A conflict, a failed check or a failed build stops it
 * before anything live changes, with the reason in staff words; a crash at any point leaves the
 * live site as it was.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { SimpleGit } from 'simple-git'
import { BUILT_SITE, SITE_BUILD_STEPS, runBuildSteps, type BuildStep } from '@/lib/publishing/build-steps'
import { EDITOR_COMMITTER, PublishRefused, changedFiles, commitOf, gitAt, mergeOrStop } from '@/lib/publishing/git'
import { appendReleaseLog, commitOfRelease, type Person } from '@/lib/publishing/release-log'
import { RELEASES_KEPT, liveRelease, pruneReleases, releaseId, switchCurrent, withSiteLock, writeRelease } from '@/lib/publishing/releases'

export interface PublishSettings {
  /** The editor's git clone (EDITOR_REPO), with the editor's branch checked out. */
  repo: string
  /** Where the releases, `current` and the release log live (SITE_ROOT). */
  siteRoot: string
  /** The editor's branch: every save is a commit on it. */
  branch?: string
  /** The branch that holds what is published. */
  main?: string
  /** A git remote of `repo` to pull `main` from before merging and push it to after the switch. */
  remote?: string
  /** How many releases to keep (10 by default). */
  keep?: number
  /** The workspace the build runs in; SITE_ROOT/workspace by default. */
  workspace?: string
  /** Where the installed packages are (the editor's own node_modules); the working folder by default. */
  appDir?: string
  /** The check and build; `npm run build`'s steps by default. */
  steps?: readonly BuildStep[]
  committer?: Person
}

export interface PublishResult {
  release: string
  commit: string
  /** Files of content/ that changed since the release that was live. */
  files: string[]
  /** Published, but something after the switch did not work (sending to the remote): say it. */
  warning?: string
}

export interface PublishHooks {
  /** Each step's name in staff words, as it starts. */
  onProgress?: (step: string) => void
  /** For tests: runs after the release folder is written and before the switch. */
  beforeSwitch?: () => void | Promise<void>
  now?: () => Date
}

const copyFiles = (args: string[]) => promisify(execFile)('cp', args)

const defaults = (s: PublishSettings) => ({
  branch: s.branch ?? 'drafts',
  main: s.main ?? 'main',
  keep: s.keep ?? RELEASES_KEPT,
  workspace: s.workspace ?? path.join(s.siteRoot, 'workspace'),
  appDir: s.appDir ?? process.cwd(),
  steps: s.steps ?? SITE_BUILD_STEPS,
  committer: s.committer ?? EDITOR_COMMITTER,
})

/** Publishes what is on the editor's branch, as `by`. Throws PublishRefused, in staff words, when it cannot. */
export function publish(settings: PublishSettings, by: Person, hooks: PublishHooks = {}): Promise<PublishResult> {
  return withSiteLock(settings.siteRoot, `a publish by ${by.name}`, async () => {
    try {
      return await publishLocked(settings, by, hooks)
    } catch (error) {
      if (error instanceof PublishRefused) appendReleaseLog(settings.siteRoot, { action: 'refused', by, reason: error.message, files: error.files })
      throw error
    }
  })
}

async function publishLocked(settings: PublishSettings, by: Person, hooks: PublishHooks): Promise<PublishResult> {
  const s = { ...settings, ...defaults(settings) }
  const progress = hooks.onProgress ?? (() => {})
  const repo = gitAt(s.repo, by, s.committer)

  progress('Getting ready')
  const ws = await workspace(repo, s)
  if (s.remote) {
    progress('Getting the latest from the repository')
    await repo.fetch(s.remote, s.main)
    if (await commitOf(ws, `${s.remote}/${s.main}`)) {
      await mergeOrStop(ws, `${s.remote}/${s.main}`, `Publish: take in the changes from ${s.remote}`, `The repository's ${s.main} has changes that`)
    }
  }
  progress('Merging the changes')
  if (!(await commitOf(repo, s.branch))) throw new PublishRefused(`There is no branch called ${s.branch} to publish from. Ask whoever set up the editor.`)
  await mergeOrStop(ws, s.branch, `Publish the editor's changes`, 'The changes to publish and the published site are in')
  const commit = (await ws.revparse(['HEAD'])).trim()
  const live = liveRelease(s.siteRoot)
  const liveCommit = live ? commitOfRelease(s.siteRoot, live) : undefined
  if (liveCommit === commit) {
    throw new PublishRefused('Nothing is waiting to publish: the live site already shows everything on the branch.')
  }

  fs.rmSync(path.join(s.workspace, BUILT_SITE), { recursive: true, force: true })
  await runBuildSteps(s.workspace, s.steps, progress)

  progress('Saving the new version of the site')
  const id = releaseId((hooks.now ?? (() => new Date()))(), commit, s.siteRoot)
  writeRelease(s.siteRoot, id, path.join(s.workspace, BUILT_SITE))
  await hooks.beforeSwitch?.()

  progress('Switching the live site')
  switchCurrent(s.siteRoot, id)
  await repo.raw(['branch', '--force', s.main, commit])
  const files = await changedFiles(repo, liveCommit, commit, 'content')
  const warnings = [headersChanged(s.siteRoot, live, id), await followMain(repo, s.branch, s.main)]
  if (s.remote) {
    progress('Sending to the repository')
    warnings.push(await pushMain(repo, s.remote, s.main))
  }
  const warning = warnings.filter(Boolean).join(' ') || undefined
  appendReleaseLog(s.siteRoot, { action: 'publish', by, release: id, commit, files, ...(warning ? { reason: warning } : {}) })
  pruneReleases(s.siteRoot, s.keep)
  progress('Done')
  return { release: id, commit, files, ...(warning ? { warning } : {}) }
}

/**
 * The workspace, a worktree of the editor's repository on `main` with nothing left over from a
 * publish that stopped: made the first time, reset every time. The packages are the editor's own.
 */
async function workspace(repo: SimpleGit, s: ReturnType<typeof defaults> & PublishSettings): Promise<SimpleGit> {
  if (!fs.existsSync(path.join(s.workspace, '.git'))) {
    fs.rmSync(s.workspace, { recursive: true, force: true })
    await repo.raw(['worktree', 'prune'])
    await repo.raw(['worktree', 'add', '--detach', s.workspace, s.main])
  }
  const ws = gitAt(s.workspace, s.committer, s.committer)
  await ws.merge(['--abort']).catch(() => undefined)
  await ws.raw(['checkout', '--force', '--detach', s.main])
  await ws.raw(['clean', '-fd'])
  await installedPackages(s.appDir, s.workspace)
  return ws
}

/**
 * The security headers are served by the host, from the configuration of one build: when a
 * release's headers (its stylesheet's hash) differ from the live one's, the host's configuration
 * must follow, or the new stylesheet is blocked. Said, never silent.
 */
function headersChanged(siteRoot: string, before: string | undefined, after: string): string | undefined {
  if (!before) return undefined
  const read = (id: string) => {
    try {
      return fs.readFileSync(path.join(siteRoot, 'releases', id, '_headers'), 'utf8')
    } catch {
      return undefined
    }
  }
  const old = read(before)
  return old !== undefined && old !== read(after)
    ? "This release's security headers differ from the last one's (its stylesheet changed): a developer must install the new deploy/nginx.conf, or pages may show without their styles."
    : undefined
}

/**
 * The workspace's packages: the editor's own, copied in (as hard links where the file system allows,
 * so in a moment and without the space). Next's build refuses a node_modules that links outside
 * its folder. Copied again when the workspace's package-lock.json is not the one they came with.
 */
async function installedPackages(appDir: string, workspace: string): Promise<void> {
  const from = path.join(appDir, 'node_modules')
  const to = path.join(workspace, 'node_modules')
  const stamp = path.join(to, '.copied-for-lock')
  const lock = (dir: string) => (fs.existsSync(path.join(dir, 'package-lock.json')) ? fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8') : '')
  if (!fs.existsSync(from)) return
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lock(workspace)) return
  fs.rmSync(to, { recursive: true, force: true })
  try {
    await copyFiles(['-al', from, to])
  } catch {
    fs.rmSync(to, { recursive: true, force: true })
    await copyFiles(['-a', from, to])
  }
  fs.writeFileSync(stamp, lock(workspace))
}

/** The editor's branch takes in what was published (a merge from the remote), where it can without a conflict. */
async function followMain(repo: SimpleGit, branch: string, main: string): Promise<string | undefined> {
  const current = (await repo.revparse(['--abbrev-ref', 'HEAD'])).trim()
  if (current !== branch) return undefined
  try {
    await repo.merge(['--ff-only', main])
    return undefined
  } catch {
    try {
      await repo.merge(['--no-edit', '-m', `Take in what was published on ${main}`, main])
      return undefined
    } catch {
      await repo.merge(['--abort']).catch(() => undefined)
      return `The editor's branch could not take in the published ${main} without a conflict; the next publish will show it.`
    }
  }
}

async function pushMain(repo: SimpleGit, remote: string, main: string): Promise<string | undefined> {
  try {
    await repo.push(remote, main)
    return undefined
  } catch (error) {
    return `The site is live, but sending it to the repository (${remote}) did not work: ${(error as Error).message.split('\n')[0]} The next publish will try again.`
  }
}
