import { editorOptions } from '@/lib/editor/options'
import { KeystaticApp } from './keystatic-app'
import { SaveNotice } from './save-notice'
import { SignedIn } from './signed-in'

export const metadata = { title: 'Anuvia website editor', robots: { index: false } }

/** The editor draws every screen of /keystatic itself. Exists only in edit mode (`npm run edit`). */
export default function EditorLayout() {
  return (
    <>
      <KeystaticApp options={editorOptions()} />
      <SaveNotice />
      <SignedIn />
      {/* The content check's report, one click away from any screen of the editor. A plain link,
          not Next's <Link>: coming back then loads the editor anew, with what is on disk, where
          a page kept in memory would show the form as it was before the last save. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a
        href="/content-problems"
        style={{ position: 'fixed', left: 72, bottom: 20, zIndex: 10, padding: '8px 12px', borderRadius: 6, background: '#fff', color: '#0b5563', border: '1px solid #0b5563', font: '600 14px system-ui, sans-serif' }}
      >
        Content problems
      </a>
    </>
  )
}
