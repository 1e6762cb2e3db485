/**
 * Publishing's settings, from the environment: SITE_ROOT (where the releases and `current` live),
 * EDITOR_REPO (the editor's clone), and optionally EDITOR_BRANCH (drafts), PUBLISH_REMOTE (a git
 * remote of the clone to pull from and push to), RELEASES_KEPT (10) and EDITOR_CODE_DIR (the folder
 * of the editor's code and installed packages, when the server runs from another folder than it;
 * the working folder otherwise). A missing or wrong setting is named, with what to put there.
 */
import path from 'node:path'
import type { PublishSettings } from '@/lib/publishing/publish'

export class PublishingSettingsError extends Error {}

export function publishingSettings(env: Readonly<Record<string, string | undefined>> = process.env): PublishSettings {
  const problems: string[] = []
  const absolute = (name: string) => {
    const value = env[name]
    if (!value) problems.push(`${name} is not set: give the full path of ${name === 'SITE_ROOT' ? 'the folder the public site is served from (its releases and the current link)' : "the editor's git clone"}.`)
    else if (!path.isAbsolute(value)) problems.push(`${name} (${value}) must be a full path, starting with /.`)
    return value ?? ''
  }
  const siteRoot = absolute('SITE_ROOT')
  const repo = absolute('EDITOR_REPO')
  const keep = env.RELEASES_KEPT === undefined ? undefined : Number(env.RELEASES_KEPT)
  if (keep !== undefined && !(Number.isInteger(keep) && keep >= 2)) problems.push(`RELEASES_KEPT (${env.RELEASES_KEPT}) must be a whole number, 2 or more.`)
  if (problems.length > 0) throw new PublishingSettingsError(problems.join('\n'))
  return {
    siteRoot,
    repo,
    ...(env.EDITOR_BRANCH ? { branch: env.EDITOR_BRANCH } : {}),
    ...(env.PUBLISH_REMOTE ? { remote: env.PUBLISH_REMOTE } : {}),
    ...(keep !== undefined ? { keep } : {}),
    ...(env.EDITOR_CODE_DIR ? { appDir: env.EDITOR_CODE_DIR } : {}),
  }
}
