/**
 * The release log: what happened to the live site, one JSON line each, in SITE_ROOT/release-log.jsonl.
 * A publish, a roll back, a publish that was refused and why, an undone change. Each page's history
 * reads it beside git's log.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface Person {
  name: string
  email: string
}

export type ReleaseAction = 'publish' | 'rollback' | 'refused' | 'revert'

export interface ReleaseLogEntry {
  /** When, as an ISO time. */
  at: string
  action: ReleaseAction
  by: Person
  /** The release made live (publish, rollback). */
  release?: string
  /** The commit of main the release was built from, or the commit undone (revert). */
  commit?: string
  /** The files of content/ that changed with this publish, like "content/en/faq.mdx". */
  files?: string[]
  /** Why a publish was refused, in staff words; or a warning (the push to the remote failed). */
  reason?: string
}

export const releaseLogFile = (siteRoot: string) => path.join(siteRoot, 'release-log.jsonl')

/** Adds one entry, written to disk before this returns. */
export function appendReleaseLog(siteRoot: string, entry: Omit<ReleaseLogEntry, 'at'> & { at?: string }): ReleaseLogEntry {
  const full: ReleaseLogEntry = { at: entry.at ?? new Date().toISOString(), ...entry }
  fs.mkdirSync(siteRoot, { recursive: true })
  const fd = fs.openSync(releaseLogFile(siteRoot), 'a')
  try {
    fs.writeSync(fd, `${JSON.stringify(full)}\n`)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  return full
}

/** Every entry, oldest first. A line a crash cut short is skipped. */
export function readReleaseLog(siteRoot: string): ReleaseLogEntry[] {
  let text: string
  try {
    text = fs.readFileSync(releaseLogFile(siteRoot), 'utf8')
  } catch {
    return []
  }
  return text.split('\n').flatMap((line) => {
    if (!line.trim()) return []
    try {
      return [JSON.parse(line) as ReleaseLogEntry]
    } catch {
      return []
    }
  })
}

/** The commit a release was built from, as the log recorded it when it was published. */
export function commitOfRelease(siteRoot: string, release: string): string | undefined {
  return readReleaseLog(siteRoot).find((entry) => entry.action === 'publish' && entry.release === release)?.commit
}
