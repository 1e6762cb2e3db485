/**
 * The git clone the editor works in (EDITOR_REPO), through simple-git: every save is one commit on
 * the editor's branch with the person as author and the editor as committer; a file's history
 * tells who changed it last; and at start, a git operation or a save left unfinished (a crash
 * between writing and committing) is found and reported.
 */
import fs from 'node:fs'
import path from 'node:path'
import { simpleGit, type SimpleGit } from 'simple-git'

export interface Author {
  name: string
  email: string
}

export interface Change {
  commit: string
  author: Author
  /** ISO 8601. */
  date: string
  subject: string
}

/** What the editor puts as the committer of every save (the author is the person). */
export function editorCommitter(editorUrl: URL): Author {
  return { name: 'Anuvia website editor', email: `editor@${editorUrl.hostname}` }
}

/** The folders the editor writes in: anything else changed in the clone is not its business. */
export const EDITOR_FOLDERS = ['content', 'public/images'] as const

export class GitRepository {
  readonly git: SimpleGit

  constructor(
    readonly dir: string,
    readonly branch: string,
    readonly committer: Author,
  ) {
    this.git = simpleGit({ baseDir: dir, config: ['core.quotepath=off'] })
  }

  /** The editor's branch checked out (made from the current commit the first time). */
  async useBranch(): Promise<void> {
    const current = (await this.git.revparse(['--abbrev-ref', 'HEAD'])).trim()
    if (current === this.branch) return
    const exists = (await this.git.branchLocal()).all.includes(this.branch)
    await this.git.checkout(exists ? [this.branch] : ['-b', this.branch])
  }

  async head(): Promise<string> {
    return (await this.git.revparse(['HEAD'])).trim()
  }

  /**
   * Unfinished work found in the clone, in words for the log: a merge, rebase or cherry-pick
   * stopped half-way (left for a person to finish, never guessed at), a lock file of a git command
   * that died, and files of the editor's folders written but never committed (a save cut off by a
   * crash: they are put back to the last commit, and the cut-off text kept in a stash).
   */
  async finishInterrupted(now = new Date()): Promise<string[]> {
    const gitDir = path.resolve(this.dir, (await this.git.revparse(['--git-dir'])).trim())
    const found: string[] = []
    for (const [marker, what] of [
      ['MERGE_HEAD', 'a merge'],
      ['REBASE_HEAD', 'a rebase'],
      ['rebase-merge', 'a rebase'],
      ['rebase-apply', 'a rebase or git am'],
      ['CHERRY_PICK_HEAD', 'a cherry-pick'],
      ['REVERT_HEAD', 'a revert'],
    ] as const) {
      if (fs.existsSync(path.join(gitDir, marker))) found.push(`${what} was left unfinished in ${this.dir} (${marker} exists). Finish or abort it there (git status says how); saves are refused until then.`)
    }
    const lock = path.join(gitDir, 'index.lock')
    if (fs.existsSync(lock) && found.length === 0) {
      fs.rmSync(lock)
      found.push(`A git command was cut off in ${this.dir}; its lock file (index.lock) was removed.`)
    }
    if (found.length > 0) return found
    const folders = EDITOR_FOLDERS.filter((folder) => fs.existsSync(path.join(this.dir, folder)))
    if (folders.length === 0) return found
    const status = await this.git.status(['--untracked-files=all', '--', ...folders])
    const files = status.files.map((f) => f.path)
    if (files.length > 0) {
      const label = `Save cut off before its commit, found at start ${now.toISOString()}`
      await this.git.raw(['stash', 'push', '--include-untracked', '-m', label, '--', ...files])
      found.push(`${label}: ${files.join(', ')} put back as in the last commit. The cut-off text is kept: git stash list (look for "${label}"), git stash show -p.`)
    }
    return found
  }

  /** True when a merge or rebase waits for a person: no save may be committed on top of it. */
  async blocked(): Promise<boolean> {
    const gitDir = path.resolve(this.dir, (await this.git.revparse(['--git-dir'])).trim())
    return ['MERGE_HEAD', 'REBASE_HEAD', 'rebase-merge', 'rebase-apply', 'CHERRY_PICK_HEAD', 'REVERT_HEAD'].some((m) => fs.existsSync(path.join(gitDir, m)))
  }

  /** One commit of exactly these files, as they are on disk, by this author. */
  async commit(files: readonly string[], message: string, author: Author): Promise<string> {
    await this.git.raw(['add', '--all', '--', ...files])
    await this.git
      .env({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GIT_COMMITTER_NAME: this.committer.name, GIT_COMMITTER_EMAIL: this.committer.email, GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email })
      .raw(['commit', '--no-verify', '--allow-empty', '-m', message, '--', ...files])
    return this.head()
  }

  /** Puts these files back as in the last commit (after a save that failed half-way). */
  async restore(files: readonly string[]): Promise<void> {
    const tracked = (await this.git.raw(['ls-files', '--', ...files])).split('\n').filter(Boolean)
    await this.git.raw(['reset', '-q', 'HEAD', '--', ...files]).catch(() => undefined)
    if (tracked.length > 0) await this.git.raw(['checkout', 'HEAD', '--', ...tracked])
    for (const file of files.filter((f) => !tracked.includes(f))) fs.rmSync(path.join(this.dir, file), { force: true })
  }

  /** The last commit that changed this file, or undefined when none has. */
  async lastChange(file: string): Promise<Change | undefined> {
    const out = (await this.git.raw(['log', '-1', '--format=%H%x1f%an%x1f%ae%x1f%aI%x1f%s', '--', file])).trim()
    if (!out) return undefined
    const [commit, name, email, date, subject] = out.split('\x1f')
    return { commit, author: { name, email }, date, subject }
  }

  /** The commits since `since` that changed this file, newest first. */
  async changesSince(file: string, since: string): Promise<Change[]> {
    const out = (await this.git.raw(['log', '--format=%H%x1f%an%x1f%ae%x1f%aI%x1f%s', `${since}..HEAD`, '--', file])).trim()
    return out
      ? out.split('\n').map((line) => {
          const [commit, name, email, date, subject] = line.split('\x1f')
          return { commit, author: { name, email }, date, subject }
        })
      : []
  }

  /**
   * A version of this file from its history, by its blob id, or undefined when the file never had
   * it (so no other file's contents can be asked for through this).
   */
  async blobOf(file: string, blob: string): Promise<Buffer | undefined> {
    if (!/^[0-9a-f]{40}$/.test(blob)) return undefined
    const history = await this.git.raw(['log', '--format=', '--raw', '--no-abbrev', '--all', '--', file])
    if (!history.split('\n').some((line) => line.startsWith(':') && line.split(/\s+/).slice(2, 4).includes(blob))) return undefined
    return new Promise((resolve, reject) => {
      this.git.binaryCatFile(['blob', blob], (error, data) => (error ? reject(error) : resolve(data as Buffer)))
    })
  }
}
