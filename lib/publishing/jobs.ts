/**
 * A publish runs for a minute or more: the editor starts it and shows its progress while it runs.
 * One publish at a time per server; its state is kept in memory and in SITE_ROOT/publish-status.json,
 * so a page reloaded, or the server restarted mid-publish, still says what happened.
 */
import fs from 'node:fs'
import path from 'node:path'
import { PublishRefused } from '@/lib/publishing/git'
import { publish, type PublishResult, type PublishSettings } from '@/lib/publishing/publish'
import type { Person } from '@/lib/publishing/release-log'

export interface PublishStatus {
  state: 'running' | 'published' | 'refused' | 'failed'
  by: Person
  startedAt: string
  /** Each step in staff words with when it started. */
  steps: { label: string; at: string }[]
  result?: PublishResult
  /** Why it was refused or failed, in staff words. */
  reason?: string
  /** The process that ran it: a "running" status from a process that is gone was cut short. */
  pid: number
}

const statusFile = (siteRoot: string) => path.join(siteRoot, 'publish-status.json')

function write(siteRoot: string, status: PublishStatus): void {
  fs.mkdirSync(siteRoot, { recursive: true })
  const next = `${statusFile(siteRoot)}.${process.pid}`
  fs.writeFileSync(next, JSON.stringify(status))
  fs.renameSync(next, statusFile(siteRoot))
}

/** The last publish's status, or undefined before the first. A run cut short by a restart says so. */
export function publishStatus(siteRoot: string): PublishStatus | undefined {
  let status: PublishStatus
  try {
    status = JSON.parse(fs.readFileSync(statusFile(siteRoot), 'utf8')) as PublishStatus
  } catch {
    return undefined
  }
  if (status.state === 'running' && status.pid !== process.pid && !running.has(siteRoot)) {
    return { ...status, state: 'failed', reason: 'The editor stopped while this publish was running. The live site is as it was before it; publish again.' }
  }
  return status
}

const running = new Map<string, Promise<void>>()

/** Starts a publish in the background; false when one is already running. */
export function startPublish(settings: PublishSettings, by: Person): boolean {
  if (running.has(settings.siteRoot)) return false
  const status: PublishStatus = { state: 'running', by, startedAt: new Date().toISOString(), steps: [], pid: process.pid }
  write(settings.siteRoot, status)
  const job = publish(settings, by, {
    onProgress: (label) => {
      status.steps.push({ label, at: new Date().toISOString() })
      write(settings.siteRoot, status)
    },
  })
    .then((result) => {
      Object.assign(status, { state: 'published', result })
    })
    .catch((error: unknown) => {
      const refused = error instanceof PublishRefused
      Object.assign(status, { state: refused ? 'refused' : 'failed', reason: refused ? error.message : `Publishing stopped with an error the editor did not expect: ${(error as Error).message}. The live site is as it was.` })
    })
    .finally(() => {
      write(settings.siteRoot, status)
      running.delete(settings.siteRoot)
    })
  running.set(settings.siteRoot, job)
  return true
}

/** For tests and shutdown: waits for the running publish, if any. */
export function runningPublish(siteRoot: string): Promise<void> | undefined {
  return running.get(siteRoot)
}
