'use client'

import { makePage } from '@keystatic/next/ui/app'
import { useMemo } from 'react'
import { editorConfig, type EditorOptions } from '@/keystatic.config'

/** The editor itself, built in the browser from the options the server read from lib/. */
export function KeystaticApp({ options }: { options: EditorOptions }) {
  const Editor = useMemo(() => makePage(editorConfig(options)), [options])
  return <Editor />
}
