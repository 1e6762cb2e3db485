/**
 * Which version of each file a session was shown, so a save can tell whether someone else changed
 * the file since (save.ts). The editor's browser app asks for every file it shows by its blob id
 * (git's hash of the contents, which Keystatic uses too); the save route notes it here. Kept in a
 * small file inside the clone's .git folder, so a restart forgets nothing.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Git's blob id of these bytes: what `git hash-object` and Keystatic's tree say. */
export function blobId(contents: Uint8Array): string {
  return createHash('sha1').update(`blob ${contents.byteLength}\0`).update(contents).digest('hex')
}

interface Stored {
  [session: string]: { at: number; files: Record<string, string> }
}

export class ViewStore {
  private views: Stored

  constructor(
    private readonly file: string,
    private readonly maxAgeMs: number,
  ) {
    try {
      this.views = JSON.parse(fs.readFileSync(file, 'utf8')) as Stored
    } catch {
      this.views = {}
    }
  }

  /** The blob id of `file` this session was last shown, or undefined. */
  seen(session: string, file: string): string | undefined {
    return this.views[session]?.files[file]
  }

  /** Notes the versions a session was shown (or saved); undefined for a file it deleted. */
  note(session: string, files: Record<string, string | undefined>, now = Date.now()): void {
    const view = (this.views[session] ??= { at: now, files: {} })
    let changed = false
    for (const [file, blob] of Object.entries(files)) {
      if (view.files[file] === blob) continue
      changed = true
      if (blob === undefined) delete view.files[file]
      else view.files[file] = blob
    }
    if (!changed && now - view.at < 60_000) return
    view.at = now
    for (const [id, other] of Object.entries(this.views)) if (now - other.at > this.maxAgeMs) delete this.views[id]
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const temporary = `${this.file}.${process.pid}.tmp`
    fs.writeFileSync(temporary, JSON.stringify(this.views))
    fs.renameSync(temporary, this.file)
  }
}
