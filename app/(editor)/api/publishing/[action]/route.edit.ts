/**
 * The publishing actions, each one form post from Waiting to publish: publish, roll back, undo a
 * change (publishers) and sign off (clinical and translation reviewers). Who is asking comes from
 * the signed-in session only, and each action checks the role again here; a refusal is a page in
 * staff words with the way back.
 */
import { toIsoDate } from '@/lib/content'
import { PublishRefused } from '@/lib/publishing/git'
import { startPublish } from '@/lib/publishing/jobs'
import { revertChange, rollback } from '@/lib/publishing/rollback'
import { publishingSettings } from '@/lib/publishing/settings'
import { signOffPage } from '@/lib/publishing/sign-off-action'
import { currentViewer } from '../../../publishing/viewer'

const ACTIONS = ['publish', 'rollback', 'undo', 'sign-off'] as const
type Action = (typeof ACTIONS)[number]

function answer(status: number, message: string): Response {
  const escaped = message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  return new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not done</title></head><body style="font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; line-height: 1.5"><h1>Not done</h1><p style="white-space: pre-wrap">${escaped}</p><p><a href="/publishing">Back to Waiting to publish</a></p></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  )
}

const done = () => new Response(null, { status: 303, headers: { location: '/publishing' } })

export async function POST(request: Request, { params }: { params: Promise<{ action: string }> }) {
  const action = (await params).action as Action
  if (!ACTIONS.includes(action)) return answer(404, 'There is no such action.')
  const viewer = await currentViewer()
  if (!viewer) return answer(401, 'Sign in to the editor first.')
  const form = await request.formData().catch(() => undefined)
  const field = (name: string) => {
    const value = form?.get(name)
    return typeof value === 'string' ? value : ''
  }
  const settings = publishingSettings()
  const by = { name: viewer.name, email: viewer.email }
  if (action !== 'sign-off' && !viewer.roles.includes('publisher')) return answer(403, 'Only a person with the publisher role can publish, roll back or undo a change.')
  try {
    if (action === 'publish') {
      if (!startPublish(settings, by)) return answer(409, 'A publish is already running. Wait for it to finish.')
    } else if (action === 'rollback') {
      await rollback(settings.siteRoot, field('release'), by)
    } else if (action === 'undo') {
      await revertChange(settings, field('commit'), by)
    } else {
      const kind = field('kind')
      if (kind !== 'clinical' && kind !== 'translation') return answer(400, 'Say which sign-off: clinical or translation.')
      const signer = { ...by, roles: viewer.roles, ...(viewer.credentials ? { credentials: viewer.credentials } : {}) }
      const fingerprint = field('fingerprint') || undefined
      await signOffPage(settings, { file: field('file'), kind, signer, today: toIsoDate(new Date()), ...(fingerprint ? { fingerprint } : {}) })
    }
  } catch (error) {
    if (error instanceof PublishRefused) return answer(/role/.test(error.message) ? 403 : 409, error.message)
    throw error
  }
  return done()
}
