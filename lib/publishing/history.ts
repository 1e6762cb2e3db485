/**
 * A page's history: saved, signed off, undone (from git's log of its file on the editor's branch),
 * published and rolled back (from the release log), by whom and when, newest first.
 */
import { commitsIn } from '@/lib/publishing/waiting'
import { readReleaseLog, type Person } from '@/lib/publishing/release-log'

export type HistoryKind = 'saved' | 'signed off' | 'undone' | 'published' | 'rolled back' | 'publish refused'

export interface HistoryEvent {
  /** ISO time. */
  at: string
  kind: HistoryKind
  by: Person
  /** In staff words: "Edit /faq", "clinical review", "release 20261204-101500-1a2b3c4". */
  detail: string
  commit?: string
  release?: string
}

/** The timeline of one page file ("content/en/faq.mdx"), newest first. */
export async function pageHistory(settings: { repo: string; siteRoot: string; branch?: string }, file: string): Promise<HistoryEvent[]> {
  const commits = await commitsIn(settings.repo, [settings.branch ?? 'drafts', '--', file])
  const fromGit = commits.map((commit): HistoryEvent => {
    const kind: HistoryKind = commit.trailers['Reviewed-by'] ? 'signed off' : /^Undo /.test(commit.subject) ? 'undone' : 'saved'
    const detail = kind === 'signed off' ? `${commit.trailers['Review-kind'] ?? 'clinical'} review by ${commit.trailers['Reviewed-by']}` : commit.subject
    return { at: commit.date, kind, by: commit.author, detail, commit: commit.commit }
  })
  const fromLog = readReleaseLog(settings.siteRoot).flatMap((entry): HistoryEvent[] => {
    if (entry.action === 'publish' && entry.files?.includes(file)) {
      return [{ at: entry.at, kind: 'published', by: entry.by, detail: `release ${entry.release}`, release: entry.release, commit: entry.commit }]
    }
    if (entry.action === 'rollback') {
      return [{ at: entry.at, kind: 'rolled back', by: entry.by, detail: `the whole site went back to release ${entry.release}`, release: entry.release, commit: entry.commit }]
    }
    if (entry.action === 'refused' && entry.files?.includes(file)) {
      return [{ at: entry.at, kind: 'publish refused', by: entry.by, detail: entry.reason?.split('\n')[0] ?? '' }]
    }
    return []
  })
  return [...fromGit, ...fromLog].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
}
