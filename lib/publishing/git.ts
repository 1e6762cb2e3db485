/**
 * The git the publishing steps need, through simple-git: a repository as a person (author) and the
 * editor (committer), and a merge that, on a conflict, stops, puts everything back as it was and
 * says which files conflict, in staff words.
 */
import { simpleGit, type SimpleGit } from 'simple-git'
import type { Person } from '@/lib/publishing/release-log'

/** The committer of every commit the editor makes for someone: the author is that person. */
export const EDITOR_COMMITTER: Person = { name: 'Anuvia editor', email: 'editor@localhost' }

/** A refusal in staff words: nothing was changed, and this says why and what to do. */
export class PublishRefused extends Error {
  constructor(
    message: string,
    /** Files named in the refusal (conflicts, pages with problems). */
    readonly files: string[] = [],
  ) {
    super(message)
    this.name = 'PublishRefused'
  }
}

/** The repository at `dir`, committing as `author` (the editor when none), with the editor as committer. */
export function gitAt(dir: string, author: Person = EDITOR_COMMITTER, committer: Person = EDITOR_COMMITTER): SimpleGit {
  // Only what git needs from the environment: simple-git refuses variables that run programs (EDITOR, PAGER, ...).
  const { PATH, HOME, TMPDIR, LANG } = process.env
  return simpleGit({ baseDir: dir }).env({
    ...Object.fromEntries(Object.entries({ PATH, HOME, TMPDIR, LANG }).filter(([, value]) => value !== undefined)),
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    // Never ask anyone for anything: a server has no one at the terminal.
    GIT_TERMINAL_PROMPT: '0',
  })
}

/** The commit a name points at ("main", "drafts", "origin/main"), or undefined when it does not exist. */
export async function commitOf(git: SimpleGit, ref: string): Promise<string | undefined> {
  try {
    return (await git.revparse(['--verify', '--quiet', `${ref}^{commit}`])).trim() || undefined
  } catch {
    return undefined
  }
}

/** The files that differ between two commits, under `under` when given; every file of `to` when there is no `from` (a first publish). */
export async function changedFiles(git: SimpleGit, from: string | undefined, to: string, under?: string): Promise<string[]> {
  const args = from ? ['diff', '--name-only', from, to] : ['ls-tree', '-r', '--name-only', to]
  const out = await git.raw(under ? [...args, '--', under] : args)
  return out.split('\n').filter(Boolean)
}

/**
 * Merges `ref` into what is checked out. On a conflict the merge is undone, so nothing is lost or
 * half-done, and a PublishRefused names the files and says what to do.
 */
export async function mergeOrStop(git: SimpleGit, ref: string, message: string, what: string): Promise<void> {
  try {
    await git.merge(['--no-edit', '-m', message, ref])
  } catch (error) {
    const conflicted = (await git.status()).conflicted
    await git.merge(['--abort']).catch(() => undefined)
    if (conflicted.length === 0) throw error
    throw new PublishRefused(
      `${what} conflict in ${conflicted.join(', ')}: the same lines were changed in both. Nothing was published and nothing was lost; the live site is unchanged. Ask a developer to combine the two versions of ${conflicted.length === 1 ? 'this file' : 'these files'} in the repository, then publish again.`,
      conflicted,
    )
  }
}
