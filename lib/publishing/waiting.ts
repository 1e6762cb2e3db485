/**
 * What is waiting to publish: every change on the editor's branch since the live release, and each
 * page it touched, with who changed it and when, the words added and removed (the text a reader
 * sees, not the YAML of its details), the content check's result and the page's review state.
 * Read from git and the release log, for the editor's Waiting to publish page.
 */
import path from 'node:path'
import { diffWords } from 'diff'
import { parse as parseYaml } from 'yaml'
import { routeForContentFile } from '@/lib/base/addresses'
import { ContentError, parsePage } from '@/lib/content'
import { pageTextFingerprint, signOffState, type SignOffState } from '@/lib/content/sign-off'
import { checkContent } from '@/lib/content-check'
import { commitOf, gitAt } from '@/lib/publishing/git'
import { commitOfRelease, readReleaseLog, type Person, type ReleaseLogEntry } from '@/lib/publishing/release-log'
import { liveRelease } from '@/lib/publishing/releases'

export interface Commit {
  commit: string
  author: Person
  /** ISO time. */
  date: string
  subject: string
  /** Git trailers of the message, like { "Reviewed-by": "Dana Reyes, LCAS <dana@example.org>" }. */
  trailers: Record<string, string>
  files: string[]
}

export interface WordChange {
  added: boolean
  text: string
}

export interface WaitingPage {
  /** Like "content/en/faq.mdx". */
  file: string
  route: string
  deleted: boolean
  /** Who changed it since the live release, and when last. */
  authors: Person[]
  lastChanged: string
  wordsAdded: number
  wordsRemoved: number
  /** The changed words in order, at most 40 pieces, for a reader to see what changed. */
  changes: WordChange[]
  errors: string[]
  warnings: string[]
  clinical?: SignOffState
  translation?: SignOffState
  /** The fingerprint of the text as it is on the branch: a sign-off names the text its reviewer saw. */
  fingerprint?: string
}

export interface Waiting {
  live?: { release: string; commit?: string; published?: ReleaseLogEntry }
  /** The newest commit on the editor's branch. */
  branchCommit?: string
  commits: Commit[]
  pages: WaitingPage[]
}

const RECORD = '\x1e'
const FIELD = '\x1f'

/** Commits in `range` (git's "a..b", or a path filter after "--"), newest first, with their files and trailers. */
export async function commitsIn(repo: string, args: readonly string[]): Promise<Commit[]> {
  const format = `${RECORD}%H${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%s${FIELD}%(trailers:only,unfold)${FIELD}`
  const out = await gitAt(repo).raw(['log', `--format=${format}`, '--name-only', ...args])
  return out
    .split(RECORD)
    .filter((record) => record.trim())
    .map((record) => {
      const [commit, name, email, date, subject, trailers, files] = record.split(FIELD)
      return {
        commit,
        author: { name, email },
        date,
        subject,
        trailers: Object.fromEntries(
          trailers
            .split('\n')
            .map((line) => /^([\w-]+):\s*(.*)$/.exec(line))
            .filter((match): match is RegExpExecArray => match !== null)
            .map((match) => [match[1], match[2]]),
        ),
        files: (files ?? '').split('\n').filter(Boolean),
      }
    })
}

async function fileAt(repo: string, commit: string | undefined, file: string): Promise<string | undefined> {
  if (!commit) return undefined
  return gitAt(repo)
    .show([`${commit}:${file}`])
    .catch(() => undefined)
}

/** The words a reader sees on a page: its title, description and text, without the details block. */
export function readableText(text: string | undefined): string {
  if (text === undefined) return ''
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
  if (!match) return text
  let details: Record<string, unknown> = {}
  try {
    details = (parseYaml(match[1]) as Record<string, unknown>) ?? {}
  } catch {
    // Unreadable details: the check reports them; the words of the text still count.
  }
  // The sources are shown at the page's foot: their titles and publishers are words readers see.
  const sources = Array.isArray(details.sources) ? (details.sources as Record<string, unknown>[]).map((source) => [source?.title, source?.publisher].filter((part) => typeof part === 'string').join(', ')) : []
  return [details.title, details.description, text.slice(match[0].length), ...sources].filter((part) => typeof part === 'string').join('\n\n')
}

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length

/** Words added and removed between two versions of a page's readable text. */
export function wordChanges(before: string, after: string): { wordsAdded: number; wordsRemoved: number; changes: WordChange[] } {
  const parts = diffWords(before, after)
  const changed = parts.filter((part) => part.added || part.removed)
  return {
    wordsAdded: changed.filter((part) => part.added).reduce((sum, part) => sum + countWords(part.value), 0),
    wordsRemoved: changed.filter((part) => part.removed).reduce((sum, part) => sum + countWords(part.value), 0),
    changes: changed.slice(0, 40).map((part) => ({ added: Boolean(part.added), text: part.value.trim().slice(0, 200) })),
  }
}

/**
 * Everything on the editor's branch that the live site does not have yet. The repository is the
 * editor's clone with the branch checked out, so the content check reads its files as they are.
 */
export async function waitingToPublish(settings: { repo: string; siteRoot: string; branch?: string; main?: string }, today: string): Promise<Waiting> {
  const branch = settings.branch ?? 'drafts'
  const git = gitAt(settings.repo)
  const release = liveRelease(settings.siteRoot)
  const liveCommit = release ? commitOfRelease(settings.siteRoot, release) : undefined
  const base = liveCommit ?? (await commitOf(git, settings.main ?? 'main'))
  const branchCommit = await commitOf(git, branch)
  const live = release ? { release, commit: liveCommit, published: readReleaseLog(settings.siteRoot).findLast((entry) => entry.release === release && entry.action === 'publish') } : undefined
  if (!branchCommit) return { live, commits: [], pages: [] }
  const commits = await commitsIn(settings.repo, base ? [`${base}..${branchCommit}`] : [branchCommit])
  const changedFiles = base ? (await git.raw(['diff', '--name-only', base, branchCommit, '--', 'content'])).split('\n').filter((file) => file.endsWith('.mdx')) : []
  const report = changedFiles.length > 0 ? await checkContent({ dir: path.join(settings.repo, 'content'), publicDir: path.join(settings.repo, 'public'), today }) : undefined
  const pages = await Promise.all(
    changedFiles.map(async (file): Promise<WaitingPage> => {
      const before = await fileAt(settings.repo, base, file)
      const after = await fileAt(settings.repo, branchCommit, file)
      const touching = commits.filter((commit) => commit.files.includes(file))
      const authors = [...new Map(touching.map((commit) => [commit.author.email, commit.author])).values()]
      const relative = file.replace(/^content\//, '')
      const problems = report?.problems.filter((problem) => problem.file.endsWith(relative)) ?? []
      const page: WaitingPage = {
        file,
        route: routeForContentFile(relative),
        deleted: after === undefined,
        authors,
        lastChanged: touching[0]?.date ?? '',
        ...wordChanges(readableText(before), readableText(after)),
        errors: problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message),
        warnings: problems.filter((problem) => problem.severity === 'warning').map((problem) => problem.message),
      }
      if (after === undefined) return page
      try {
        const parsed = parsePage(after, relative)
        return { ...page, clinical: signOffState(parsed, 'clinical'), translation: signOffState(parsed, 'translation'), fingerprint: pageTextFingerprint(parsed) }
      } catch (error) {
        if (!(error instanceof ContentError)) throw error
        return page
      }
    }),
  )
  return { live, branchCommit, commits, pages }
}
