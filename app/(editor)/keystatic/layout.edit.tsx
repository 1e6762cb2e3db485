import { editorOptions } from '@/lib/editor-options'
import { KeystaticApp } from './keystatic-app'

export const metadata = { title: 'Anuvia website editor', robots: { index: false } }

/** The editor draws every screen of /keystatic itself. Exists only in edit mode (`npm run edit`). */
export default function EditorLayout() {
  return <KeystaticApp options={editorOptions()} />
}
