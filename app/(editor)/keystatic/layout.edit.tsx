import Link from 'next/link'
import { editorOptions } from '@/lib/editor-options'
import { KeystaticApp } from './keystatic-app'

export const metadata = { title: 'Anuvia website editor', robots: { index: false } }

/** The editor draws every screen of /keystatic itself. Exists only in edit mode (`npm run edit`). */
export default function EditorLayout() {
  return (
    <>
      <KeystaticApp options={editorOptions()} />
      {/* The content check's report, one click away from any screen of the editor. */}
      <Link
        href="/content-problems"
        style={{ position: 'fixed', left: 72, bottom: 20, zIndex: 10, padding: '8px 12px', borderRadius: 6, background: '#fff', color: '#0b5563', border: '1px solid #0b5563', font: '600 14px system-ui, sans-serif' }}
      >
        Content problems
      </Link>
    </>
  )
}
