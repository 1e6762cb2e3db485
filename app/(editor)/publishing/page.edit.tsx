import { toIsoDate } from '@/lib/content'
import { publishStatus } from '@/lib/publishing/jobs'
import { readReleaseLog } from '@/lib/publishing/release-log'
import { listReleases } from '@/lib/publishing/releases'
import { publishingSettings } from '@/lib/publishing/settings'
import { waitingToPublish } from '@/lib/publishing/waiting'
import { ActionForm, PublishProgress, ReviewState, WordChanges, cell, when } from './parts'
import { currentViewer } from './viewer'

export const metadata = { title: 'Waiting to publish', robots: { index: false } }
export const dynamic = 'force-dynamic'

/**
 * Waiting to publish (the editor service): which release is live, every change on the editor's
 * branch that is not, each page with who changed it and when, the words added and removed, the
 * content check's result and its review state; Sign off for reviewers; Publish, Undo and Roll back
 * for publishers. Plain forms: each action is one request, checked again by the server.
 */
export default async function WaitingPage() {
  const settings = publishingSettings()
  const viewer = await currentViewer()
  const roles = viewer?.roles ?? []
  const waiting = await waitingToPublish(settings, toIsoDate(new Date()))
  const status = publishStatus(settings.siteRoot)
  const log = readReleaseLog(settings.siteRoot)
  const releases = listReleases(settings.siteRoot).reverse()
  const running = status?.state === 'running'
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '72rem', margin: '0 auto', padding: '1.5rem', lineHeight: 1.5 }}>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/keystatic">Back to the editor</a>
      </p>
      <h1>Waiting to publish</h1>
      <p>
        {waiting.live
          ? `Live now: release ${waiting.live.release}${waiting.live.published ? `, published ${when(waiting.live.published.at)} by ${waiting.live.published.by.name}` : ''}.`
          : 'Nothing has been published from the editor yet.'}{' '}
        On the editor&apos;s branch but not live: {waiting.commits.length} change{waiting.commits.length === 1 ? '' : 's'} to {waiting.pages.length} page
        {waiting.pages.length === 1 ? '' : 's'}.
      </p>
      <PublishProgress status={status} />
      {roles.includes('publisher') ? (
        <p>
          <ActionForm action="publish" fields={{}} label={running ? 'Publishing…' : 'Publish'} disabled={running || waiting.commits.length === 0} /> Publishing checks and builds the
          whole site, then switches it live in one step. A page awaiting review is published and says so.
        </p>
      ) : null}
      <h2>Pages changed</h2>
      {waiting.pages.length === 0 ? <p>No page has changed since the last publish.</p> : null}
      {waiting.pages.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {['Page', 'Changed by', 'What changed', 'Content check', 'Review'].map((h) => (
                <th key={h} scope="col" style={{ ...cell, borderBottom: '2px solid #333' }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {waiting.pages.map((page) => (
              <tr key={page.file}>
                <td style={cell}>
                  <a href={page.route}>{page.route}</a>
                  <br />
                  <a href={`/publishing/history/${page.file.replace(/^content\//, '')}`}>History</a>
                </td>
                <td style={cell}>
                  {page.authors.map((author) => author.name).join(', ')}
                  <br />
                  {when(page.lastChanged)}
                </td>
                <td style={cell}>
                  <WordChanges page={page} />
                </td>
                <td style={cell}>
                  {page.errors.length > 0 ? <strong>{page.errors.length} error(s): publishing will stop. </strong> : 'No errors. '}
                  {page.warnings.length > 0 ? `${page.warnings.length} warning(s).` : ''}
                  {page.errors.map((error) => (
                    <p key={error} style={{ margin: 0 }}>
                      {error}
                    </p>
                  ))}
                </td>
                <td style={cell}>
                  <ReviewState kind="Clinical" state={page.clinical} />
                  <ReviewState kind="Translation" state={page.translation} />
                  {(['clinical', 'translation'] as const).map((kind) => {
                    const state = page[kind]
                    const role = kind === 'clinical' ? 'clinical-reviewer' : 'translation-reviewer'
                    if (!state || state.state === 'not-needed' || state.state === 'signed' || !roles.includes(role)) return null
                    return <ActionForm key={kind} action="sign-off" fields={{ file: page.file, kind, fingerprint: page.fingerprint ?? '' }} label={kind === 'clinical' ? 'Sign off (clinical)' : 'Sign off (translation)'} />
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>Changes</h2>
      <ul>
        {waiting.commits.map((commit) => (
          <li key={commit.commit}>
            {commit.subject}, by {commit.author.name}, {when(commit.date)}{' '}
            {roles.includes('publisher') ? <ActionForm action="undo" fields={{ commit: commit.commit }} label="Undo this change" /> : null}
          </li>
        ))}
      </ul>
      <h2>Releases kept</h2>
      <ul>
        {releases.map((release) => {
          const published = log.findLast((entry) => entry.action === 'publish' && entry.release === release)
          return (
            <li key={release}>
              {release}
              {published ? `, published ${when(published.at)} by ${published.by.name}` : ''}
              {release === waiting.live?.release ? ' (live now)' : roles.includes('publisher') ? <> <ActionForm action="rollback" fields={{ release }} label="Roll back to this" /></> : null}
            </li>
          )
        })}
      </ul>
    </main>
  )
}
