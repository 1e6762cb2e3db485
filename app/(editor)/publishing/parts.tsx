import type { ReactNode } from 'react'
import { signerName, type SignOffState } from '@/lib/content/sign-off'
import type { PublishStatus } from '@/lib/publishing/jobs'
import type { WaitingPage } from '@/lib/publishing/waiting'

export const cell = { padding: '0.5rem', verticalAlign: 'top' as const, borderBottom: '1px solid #ccc', textAlign: 'left' as const }

export const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC' : '')

/** A form that posts one action to the publishing API, with a button. */
export function ActionForm({ action, fields, label, disabled }: { action: string; fields: Record<string, string>; label: string; disabled?: boolean }) {
  return (
    <form method="post" action={`/api/publishing/${action}`} style={{ display: 'inline' }}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={disabled} style={{ minHeight: '2.75rem', padding: '0.25rem 1rem' }}>
        {label}
      </button>
    </form>
  )
}

/** A page's review state in words, for one kind of sign-off. */
export function ReviewState({ kind, state }: { kind: 'Clinical' | 'Translation'; state?: SignOffState }): ReactNode {
  if (!state || state.state === 'not-needed') return null
  const text =
    state.state === 'signed'
      ? `signed off by ${signerName(state.signOff)} on ${state.signOff.date}`
      : state.state === 'changed'
        ? `awaits review again: changed since ${signerName(state.signOff)} signed it off on ${state.signOff.date}`
        : 'awaits review'
  return (
    <p style={{ margin: 0 }}>
      <strong>{kind}:</strong> {text}
    </p>
  )
}

/** The words added and removed, as a reader would see them. */
export function WordChanges({ page }: { page: WaitingPage }) {
  if (page.deleted) return <p style={{ margin: 0 }}>Page deleted</p>
  return (
    <>
      <p style={{ margin: 0 }}>
        {page.wordsAdded} word{page.wordsAdded === 1 ? '' : 's'} added, {page.wordsRemoved} removed
      </p>
      <p style={{ margin: 0 }}>
        {page.changes.slice(0, 12).map((change, index) =>
          change.added ? (
            <ins key={index} style={{ background: '#d4f4dd', marginRight: '0.5em' }}>
              {change.text}
            </ins>
          ) : (
            <del key={index} style={{ background: '#fbe0e0', marginRight: '0.5em' }}>
              {change.text}
            </del>
          ),
        )}
      </p>
    </>
  )
}

/** What the last publish is doing or did; while it runs, the page reloads itself every two seconds. */
export function PublishProgress({ status }: { status?: PublishStatus }) {
  if (!status) return null
  return (
    <section aria-live="polite" style={{ border: '2px solid #333', padding: '0.5rem 1rem', margin: '1rem 0' }}>
      {status.state === 'running' ? <meta httpEquiv="refresh" content="2" /> : null}
      <h2 style={{ marginTop: 0 }}>
        {status.state === 'running' ? 'Publishing now' : status.state === 'published' ? 'Published' : status.state === 'refused' ? 'Not published' : 'Publishing stopped'}
      </h2>
      <p>
        Started by {status.by.name}, {when(status.startedAt)}.
      </p>
      <ol>
        {status.steps.map((step) => (
          <li key={step.at + step.label}>
            {step.label} ({when(step.at)})
          </li>
        ))}
      </ol>
      {status.result ? <p>Release {status.result.release} is live.{status.result.warning ? ` ${status.result.warning}` : ''}</p> : null}
      {status.reason ? <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{status.reason}</pre> : null}
    </section>
  )
}
