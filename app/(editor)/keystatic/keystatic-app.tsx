'use client'

import { Keystatic } from '@keystatic/core/ui'
import { useMemo, type ComponentProps } from 'react'
import { editorConfig } from '@/keystatic.config'
import type { EditorOptions } from '@/lib/editor/options'

/**
 * The editor itself, built in the browser from the options the server read from lib/. What
 * `makePage` from @keystatic/next does, with the config made from props; the environment
 * variable names the GitHub App in GitHub mode (see CONTENT.md).
 */
export function KeystaticApp({ options }: { options: EditorOptions }) {
  const config = useMemo(() => editorConfig(options), [options])
  return (
    <Keystatic
      // Keystatic's own makePage accepts any config; its prop type does not know our collection names.
      config={config as unknown as ComponentProps<typeof Keystatic>['config']}
      appSlug={{ envName: 'NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG', value: process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG }}
    />
  )
}
