/**
 * Roll back in one step, and undo one change. A publisher switches SITE_ROOT/current back to any
 * kept release (the same atomic switch as a publish), or undoes a single change on the editor's
 * branch with a commit by themselves that reverses it; that change then leaves the site at the next
 * publish.
 */
import { PublishRefused, commitOf, gitAt } from '@/lib/publishing/git'
import { appendReleaseLog, commitOfRelease, type Person } from '@/lib/publishing/release-log'
import { listReleases, liveRelease, switchCurrent, withSiteLock } from '@/lib/publishing/releases'

/** Makes a kept release live again, as `by`. */
export function rollback(siteRoot: string, release: string, by: Person): Promise<void> {
  return withSiteLock(siteRoot, `a roll back by ${by.name}`, async () => {
    if (!listReleases(siteRoot).includes(release)) {
      throw new PublishRefused(`There is no kept release called ${release}. Choose one from the list of releases.`)
    }
    if (liveRelease(siteRoot) === release) throw new PublishRefused(`${release} is already the live site.`)
    switchCurrent(siteRoot, release)
    appendReleaseLog(siteRoot, { action: 'rollback', by, release, commit: commitOfRelease(siteRoot, release) })
  })
}

/**
 * Undoes one change on the editor's branch: a new commit by `by` that reverses it ("Undo ..."). A
 * change that later changes depend on cannot be undone alone: that is refused, naming the files,
 * and nothing is changed. Returns the new commit.
 */
export async function revertChange(settings: { repo: string; siteRoot: string; branch?: string; committer?: Person }, commit: string, by: Person): Promise<string> {
  const branch = settings.branch ?? 'drafts'
  const git = gitAt(settings.repo, by, settings.committer)
  const sha = await commitOf(git, commit)
  if (!sha) throw new PublishRefused(`There is no change ${commit} to undo.`)
  if ((await git.revparse(['--abbrev-ref', 'HEAD'])).trim() !== branch) throw new PublishRefused(`The editor's clone is not on ${branch}; ask whoever set up the editor.`)
  const onBranch = await git.raw(['merge-base', '--is-ancestor', sha, branch]).then(
    () => true,
    () => false,
  )
  if (!onBranch) throw new PublishRefused(`The change ${sha.slice(0, 7)} is not on the editor's branch.`)
  const subject = (await git.raw(['log', '-1', '--format=%s', sha])).trim()
  try {
    await git.raw(['revert', '--no-commit', '--mainline', '1', sha]).catch(async (error: Error) => {
      // --mainline is only for a merge; a plain commit is reverted without it.
      if (!/mainline/i.test(error.message)) throw error
      await git.raw(['revert', '--no-commit', sha])
    })
  } catch {
    const conflicted = (await git.status()).conflicted
    await git.raw(['revert', '--abort']).catch(() => undefined)
    throw new PublishRefused(
      `"${subject}" cannot be undone on its own: later changes to ${conflicted.join(', ') || 'the same files'} build on it. Nothing was changed. Edit the page by hand instead.`,
      conflicted,
    )
  }
  await git.commit(`Undo "${subject}"\n\nThis reverts commit ${sha}.`)
  const undone = (await git.revparse(['HEAD'])).trim()
  appendReleaseLog(settings.siteRoot, { action: 'revert', by, commit: sha })
  return undone
}
