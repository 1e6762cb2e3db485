/**
 * A save from the editor: one commit on the editor's branch, by the signed-in person, of exactly
 * the files the editor sent. Saves are taken one at a time. A save never overwrites a change the
 * person has not seen: when a colleague saved the same file after it was opened, the save is
 * refused with who and when, nothing is written, and the person's text stays in their form (and a
 * copy is kept in the clone's .git folder). Files are replaced whole (written beside, then renamed),
 * and a failed commit puts them back, so a save is either all there with its commit or not at all.
 */
import fs from 'node:fs'
import path from 'node:path'
import { commitMessage, type SavedFile } from './commit-message'
import type { GitRepository } from './git-repository'
import type { Identity } from './roles'
import { blobId, type ViewStore } from './views'

export interface SaveFiles {
  additions: readonly { path: string; contents: string }[]
  deletions: readonly { path: string }[]
}

export type SaveOutcome = { saved: true; commit: string; message: string } | { saved: false; status: number; message: string }

let queue: Promise<unknown> = Promise.resolve()

/** Runs saves one after another, never two at once. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

const when = (iso: string) => new Date(iso).toUTCString().replace(' GMT', ' UTC')

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function writeWhole(file: string, contents: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.saving`)
  fs.writeFileSync(temporary, contents)
  fs.renameSync(temporary, file)
}

/** Keeps a refused save's files where IT can find them: <clone>/.git/anuvia-editor/refused/. */
function keepRefused(repo: GitRepository, person: Identity, files: SaveFiles): string {
  const dir = path.join(repo.dir, '.git', 'anuvia-editor', 'refused')
  fs.mkdirSync(dir, { recursive: true })
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${person.email.replace(/[^a-z0-9@.-]/gi, '_')}.json`
  fs.writeFileSync(path.join(dir, name), JSON.stringify({ person: { name: person.name, email: person.email }, ...files }, null, 2))
  return name
}

/**
 * Saves these files (already checked: lib/editor/files.ts and the save check) for this person,
 * whose session was shown the versions noted in `views`.
 */
export function saveAsCommit(repo: GitRepository, views: ViewStore, session: string, person: Identity, files: SaveFiles): Promise<SaveOutcome> {
  return oneAtATime(async () => {
    if (await repo.blocked()) {
      return { saved: false, status: 503, message: 'Not saved: the editor\'s copy of the site has an unfinished update from earlier. Ask IT to finish it (the server\'s log says what). Your text is still in the form.' }
    }
    const paths = [...files.additions.map((a) => a.path), ...files.deletions.map((d) => d.path)]
    const before = new Map(paths.map((file) => [file, readIfThere(path.join(repo.dir, file))]))

    for (const file of paths) {
      const now = before.get(file)
      const seen = views.seen(session, file)
      if (now === undefined ? seen === undefined : seen === blobId(now)) continue
      const kept = keepRefused(repo, person, files)
      const change = await repo.lastChange(file)
      const by = change ? `${change.author.name} (${change.author.email}) saved it at ${when(change.date)}` : 'It was changed'
      const what = now === undefined ? 'was deleted' : seen === undefined ? 'was changed or added by someone else, or the editor was restarted' : 'has changed'
      return {
        saved: false,
        status: 409,
        message: `Not saved: ${file} ${what} since you opened it. ${by}. Nothing of theirs or yours is lost: your text is still in this form. Copy it somewhere safe, reload the page to see the file as it is now, then make your change again. (A copy of your save is kept for IT as ${kept}.)`,
      }
    }

    for (const { path: file, contents } of files.additions) writeWhole(path.join(repo.dir, file), Buffer.from(contents, 'base64'))
    for (const { path: file } of files.deletions) fs.rmSync(path.join(repo.dir, file), { force: true })

    const saved: SavedFile[] = paths.map((file) => {
      const addition = files.additions.find((a) => a.path === file)
      return { path: file, before: before.get(file)?.toString('utf8'), after: addition ? Buffer.from(addition.contents, 'base64').toString('utf8') : undefined }
    })
    const message = commitMessage(saved)
    let commit: string
    try {
      commit = await repo.commit(paths, message, { name: person.name, email: person.email })
    } catch (error) {
      await repo.restore(paths)
      for (const [file, contents] of before) if (contents !== undefined) writeWhole(path.join(repo.dir, file), contents)
      console.error(`A save by ${person.email} could not be committed: ${(error as Error).message}`)
      return { saved: false, status: 500, message: 'Not saved: the editor could not record the change, and put the files back as they were. Your text is still in the form; try again, and tell IT if it happens again.' }
    }
    views.note(session, Object.fromEntries([...files.additions.map((a) => [a.path, blobId(Buffer.from(a.contents, 'base64'))] as const), ...files.deletions.map((d) => [d.path, undefined] as const)]))
    return { saved: true, commit, message }
  })
}
