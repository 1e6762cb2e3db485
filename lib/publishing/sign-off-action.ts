/**
 * The sign-off action: the one writer of `signOff:` (lib/content/sign-off.ts). A clinical
 * reviewer signs off a guidance page, a translation reviewer a Spanish page, as the page is on the
 * editor's branch; the editor writes the sign-off into the page's details and commits it as that
 * person, with trailers (Reviewed-by, Review-role, Text-fingerprint) in the message.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ContentError, parsePage } from '@/lib/content'
import { signOffCommitMessage, signOffFor, whyNotSignOff, withSignOff, type SignOff, type SignOffKind, type Signer } from '@/lib/content/sign-off'
import { PublishRefused, gitAt } from '@/lib/publishing/git'
import type { Person } from '@/lib/publishing/release-log'

export interface SignOffRequest {
  /** The page file, like "content/en/staying-safe.mdx". */
  file: string
  kind: SignOffKind
  /**
   * The fingerprint of the text the reviewer read, as the page showed it to them: a sign-off of a
   * text that changed while they read is refused, so no one signs what they did not see.
   */
  fingerprint?: string
  signer: Signer
  /** The sign-off's date, YYYY-MM-DD. */
  today: string
}

const PAGE_FILE = /^content\/(?:en|es)\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/

/** Signs off a page on the editor's branch; returns the commit and what was recorded. Refusals are in staff words. */
export async function signOffPage(settings: { repo: string; committer?: Person }, request: SignOffRequest): Promise<{ commit: string; signOff: SignOff }> {
  if (!PAGE_FILE.test(request.file)) throw new PublishRefused(`${request.file} is not a page of the site.`)
  const full = path.join(settings.repo, request.file)
  if (!fs.existsSync(full)) throw new PublishRefused(`There is no page ${request.file} on the editor's branch.`)
  const text = fs.readFileSync(full, 'utf8')
  let page
  try {
    page = parsePage(text, request.file.replace(/^content\//, ''))
  } catch (error) {
    if (error instanceof ContentError) throw new PublishRefused(`The page cannot be signed off while it has problems: ${error.problems.map((p) => p.message).join(' ')}`)
    throw error
  }
  const why = whyNotSignOff(page, request.kind, request.signer)
  if (why) throw new PublishRefused(why)
  const signOff = signOffFor(page, request.kind, request.signer, request.today)
  if (request.fingerprint !== undefined && request.fingerprint !== signOff.text) {
    throw new PublishRefused('The page changed while you were reading it. Read it again as it is now, then sign off.')
  }
  fs.writeFileSync(full, withSignOff(text, request.kind, signOff))
  const git = gitAt(settings.repo, { name: request.signer.name, email: request.signer.email }, settings.committer)
  try {
    await git.add(request.file)
    await git.commit(signOffCommitMessage(page, request.kind, request.signer, signOff), [request.file])
  } catch (error) {
    // Nothing half-done: the file goes back to what the branch has.
    await git.raw(['checkout', '--', request.file]).catch(() => fs.writeFileSync(full, text))
    throw error
  }
  return { commit: (await git.revparse(['HEAD'])).trim(), signOff }
}
