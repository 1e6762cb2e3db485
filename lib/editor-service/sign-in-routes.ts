/**
 * The sign-in addresses the server answers itself (gate.ts lists them as public): the sign-in page,
 * the start (off to the provider with state, nonce and PKCE kept in a short sealed cookie), the
 * provider's callback (the session begins) and sign-out (the session ends).
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { safeReturnTo } from './gate'
import { noRolePage, signInFailedPage, signInPage } from './pages'
import { currentAccess } from './service'
import { getSession, getSignIn } from './session'
import { callbackUrl, finishSignIn, providerConfig, SignInError, startSignIn } from './sign-in'
import type { EditorSettings } from './settings'

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.end(html)
}

export function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 303
  res.setHeader('location', location)
  res.end()
}

export async function signInRoute(path: string, req: IncomingMessage, res: ServerResponse, settings: EditorSettings): Promise<void> {
  const secure = settings.url.protocol === 'https:'
  const url = new URL(req.url ?? '/', settings.url)
  const session = await getSession(req, res, settings.sessionSecret, secure)

  if (path === '/sign-in') {
    const returnTo = safeReturnTo(url.searchParams.get('return'))
    if (session.person && session.id) {
      return currentAccess(session.person, settings).roles.length > 0 ? redirect(res, returnTo) : sendHtml(res, 403, noRolePage(session.person))
    }
    return sendHtml(res, 200, signInPage({ returnTo, signedOut: url.searchParams.has('signed-out') }))
  }

  if (path === '/sign-in/start') {
    let start
    try {
      start = await startSignIn(await providerConfig(settings), callbackUrl(settings))
    } catch (error) {
      console.error(`Sign-in could not reach the provider ${settings.oidc.issuer.href}: ${(error as Error).message}`)
      return sendHtml(res, 502, signInFailedPage('The sign-in service did not answer. Wait a minute and try again.'))
    }
    const signIn = await getSignIn(req, res, settings.sessionSecret, secure)
    Object.assign(signIn, { state: start.state, nonce: start.nonce, codeVerifier: start.codeVerifier, returnTo: safeReturnTo(url.searchParams.get('return')) })
    await signIn.save()
    return redirect(res, start.url.href)
  }

  if (path === '/sign-in/callback') {
    const signIn = await getSignIn(req, res, settings.sessionSecret, secure)
    const { state, nonce, codeVerifier, returnTo } = signIn
    signIn.destroy()
    if (!state || !nonce || !codeVerifier) {
      return sendHtml(res, 400, signInFailedPage('This sign-in was started too long ago, or in another browser. Start again.'))
    }
    if (url.searchParams.has('error')) {
      const said = url.searchParams.get('error_description') ?? url.searchParams.get('error') ?? ''
      return sendHtml(res, 401, signInFailedPage(`The sign-in service said: ${said}`))
    }
    try {
      const person = await finishSignIn(await providerConfig(settings), url, { state, nonce, codeVerifier })
      session.person = { ...person, signedInAt: Date.now() }
      session.id = randomUUID()
      await session.save()
      console.log(`Signed in: ${person.email}`)
      return redirect(res, safeReturnTo(returnTo))
    } catch (error) {
      console.error(`Sign-in failed: ${(error as Error).message}`)
      const message = error instanceof SignInError ? error.message : 'The sign-in service\'s answer could not be checked. Start again.'
      return sendHtml(res, 401, signInFailedPage(message))
    }
  }

  if (path === '/sign-out') {
    if (session.person) console.log(`Signed out: ${session.person.email}`)
    session.destroy()
    return redirect(res, '/sign-in?signed-out')
  }

  sendHtml(res, 404, signInFailedPage('There is no such page.'))
}
