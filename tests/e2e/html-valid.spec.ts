import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import vnuJar from 'vnu-jar'

/**
 * Every built page is valid HTML by the Nu HTML Checker (vnu, the W3C validator's engine), run on
 * out/ with the machine's Java (17 or newer). Its "CSS:" messages are left out: the checker does not
 * know some modern CSS the stylesheet uses (@property, margin-trim), which browsers do.
 */
interface VnuMessage {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  message: string
}

test('every built page is valid HTML (Nu HTML Checker)', () => {
  const out = path.join(process.cwd(), 'out')
  const run = spawnSync(process.env.JAVA ?? 'java', ['-jar', String(vnuJar), '--format', 'json', '--skip-non-html', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  expect(run.error, 'Java 11 or newer must be on the PATH (or in JAVA) to run the Nu HTML Checker').toBeUndefined()
  const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }
  const errors = messages
    .filter((m) => m.type === 'error' || (m.type === 'non-document-error'))
    .filter((m) => !m.message.startsWith('CSS:'))
    .map((m) => `${path.relative(out, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? ''} ${m.message}`)
  expect(errors).toEqual([])
})
