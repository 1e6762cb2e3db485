/**
 * The public site as releases: each publish writes a whole built site into its own folder under
 * SITE_ROOT/releases/, and SITE_ROOT/current, a symbolic link, points at the live one. The switch
 * is one rename of a new link over the old (atomic on POSIX file systems, as deployer and
 * capistrano do it; never `ln -sf`, which removes the link and makes a new one): a reader's request
 * is served from the old release or the new, never from a mix or from nothing. Ten releases are
 * kept by default, so any of them can come back in one step.
 *
 *   SITE_ROOT/
 *     current -> releases/20261204-101500-1a2b3c4
 *     releases/20261204-101500-1a2b3c4/   a whole built site (index.html, faq.html, ...)
 *     releases/20261204-093000-0f9e8d7/
 *     release-log.jsonl                    what happened, one line each (release-log.ts)
 */
import fs from 'node:fs'
import path from 'node:path'

/** How many releases are kept when none is said. */
export const RELEASES_KEPT = 10

/** A folder being written: never live, never listed, removed at the next publish. */
const PARTIAL = '.partial'
const RELEASE_ID = /^\d{8}-\d{6}-[0-9a-f]{7}(?:-\d+)?$/

export const releasesDir = (siteRoot: string) => path.join(siteRoot, 'releases')
export const currentLink = (siteRoot: string) => path.join(siteRoot, 'current')

/** A release's name: when it was made and the commit it was built from, "20261204-101500-1a2b3c4". */
export function releaseId(now: Date, commit: string, siteRoot?: string): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  const base = `${stamp}-${commit.slice(0, 7)}`
  if (!siteRoot) return base
  let id = base
  for (let n = 2; fs.existsSync(path.join(releasesDir(siteRoot), id)); n++) id = `${base}-${n}`
  return id
}

/** The kept releases, oldest first. */
export function listReleases(siteRoot: string): string[] {
  const dir = releasesDir(siteRoot)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && RELEASE_ID.test(entry.name))
    .map((entry) => entry.name)
    .sort()
}

/** The live release's name, read from where SITE_ROOT/current points; undefined before the first publish. */
export function liveRelease(siteRoot: string): string | undefined {
  let target: string
  try {
    target = fs.readlinkSync(currentLink(siteRoot))
  } catch {
    return undefined
  }
  return path.basename(target)
}

/**
 * Copies a built site into a new release folder. It is written under a temporary name and renamed
 * when whole, so a crash leaves no folder that looks like a release.
 */
export function writeRelease(siteRoot: string, id: string, builtSite: string): string {
  if (!fs.existsSync(path.join(builtSite, 'index.html'))) {
    throw new Error(`The build wrote no home page (${path.join(builtSite, 'index.html')}): nothing was published.`)
  }
  const dir = releasesDir(siteRoot)
  fs.mkdirSync(dir, { recursive: true })
  const partial = path.join(dir, `${id}${PARTIAL}`)
  fs.rmSync(partial, { recursive: true, force: true })
  fs.cpSync(builtSite, partial, { recursive: true })
  const final = path.join(dir, id)
  fs.renameSync(partial, final)
  return final
}

/**
 * Makes a kept release the live one: a new link is made beside `current` and renamed over it. The
 * link is relative, so SITE_ROOT can move.
 */
export function switchCurrent(siteRoot: string, id: string): void {
  if (!listReleases(siteRoot).includes(id)) throw new Error(`There is no release called ${id} to switch to.`)
  const link = currentLink(siteRoot)
  if (fs.existsSync(link) && !fs.lstatSync(link).isSymbolicLink()) {
    throw new Error(`${link} is a folder, not a link: move it away once, and publish again.`)
  }
  const next = path.join(siteRoot, `.current-${process.pid}-${Date.now()}`)
  fs.symlinkSync(path.join('releases', id), next)
  try {
    fs.renameSync(next, link)
  } catch (error) {
    fs.rmSync(next, { force: true })
    throw error
  }
}

/**
 * Removes releases beyond the newest `keep`, never the live one, and any folder a crash left
 * half-written. Returns the names removed.
 */
export function pruneReleases(siteRoot: string, keep: number = RELEASES_KEPT): string[] {
  const dir = releasesDir(siteRoot)
  if (!fs.existsSync(dir)) return []
  for (const entry of fs.readdirSync(dir)) {
    if (entry.endsWith(PARTIAL)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true })
  }
  const live = liveRelease(siteRoot)
  const releases = listReleases(siteRoot)
  const kept = new Set(releases.slice(-keep))
  if (live) kept.add(live)
  const removed = releases.filter((id) => !kept.has(id))
  for (const id of removed) fs.rmSync(path.join(dir, id), { recursive: true, force: true })
  return removed
}

/**
 * One publish or roll back at a time: a lock file holding the process id. A lock left by a
 * process that no longer runs (a crash) is taken over.
 */
export function withSiteLock<T>(siteRoot: string, what: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(siteRoot, { recursive: true })
  const lock = path.join(siteRoot, 'publish.lock')
  const take = () => fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() }), { flag: 'wx' })
  try {
    take()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const holder = readLock(lock)
    if (holder && isRunning(holder.pid)) {
      return Promise.reject(new PublishBusyError(`Someone else is already doing this (${holder.what}, since ${holder.since}). Wait for it to finish, then try again.`))
    }
    fs.rmSync(lock, { force: true })
    take()
  }
  return work().finally(() => fs.rmSync(lock, { force: true }))
}

export class PublishBusyError extends Error {}

function readLock(file: string): { pid: number; what: string; since: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; what: string; since: string }
  } catch {
    return undefined
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
