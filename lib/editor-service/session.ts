/**
 * The signed-in person's session: an encrypted, signed cookie (iron-session), HttpOnly,
 * SameSite=Lax, Secure whenever the editor's address is https, expiring after a working day.
 * Nothing else in a request says who someone is. A cookie sealed with another secret, altered or
 * expired opens as an empty session: no one is signed in.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getIronSession, unsealData, type SessionOptions } from 'iron-session'
import type { Identity } from './roles'

export const SESSION_COOKIE = 'anuvia-editor'
export const SIGN_IN_COOKIE = 'anuvia-editor-sign-in'
/** A working day: after it, the person signs in again. */
export const SESSION_SECONDS = 10 * 60 * 60
/** Time to sign in at the provider before the attempt must be started again. */
const SIGN_IN_SECONDS = 10 * 60

export interface SessionData {
  person?: Identity & { signedInAt: number }
  /** A random id for this session, for what the server keeps about it (the versions it has seen). */
  id?: string
}

/** What is kept between sending a person to the provider and their coming back. */
export interface SignInData {
  state?: string
  nonce?: string
  codeVerifier?: string
  returnTo?: string
}

export function sessionOptions(secret: string, secure: boolean): SessionOptions {
  return { cookieName: SESSION_COOKIE, password: secret, ttl: SESSION_SECONDS, cookieOptions: { httpOnly: true, secure, sameSite: 'lax', path: '/' } }
}

export function signInOptions(secret: string, secure: boolean): SessionOptions {
  return { cookieName: SIGN_IN_COOKIE, password: secret, ttl: SIGN_IN_SECONDS, cookieOptions: { httpOnly: true, secure, sameSite: 'lax', path: '/' } }
}

export function getSession(req: IncomingMessage, res: ServerResponse, secret: string, secure: boolean) {
  return getIronSession<SessionData>(req, res, sessionOptions(secret, secure))
}

export function getSignIn(req: IncomingMessage, res: ServerResponse, secret: string, secure: boolean) {
  return getIronSession<SignInData>(req, res, signInOptions(secret, secure))
}

/**
 * The session in a Cookie header, for code that has only the request (the save route): the same
 * cookie, opened with the same secret. Empty when there is none or it does not open.
 */
export async function sessionFromCookieHeader(cookieHeader: string | null, secret: string): Promise<SessionData> {
  const seal = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1)
  if (!seal) return {}
  try {
    return await unsealData<SessionData>(decodeURIComponent(seal), { password: secret, ttl: SESSION_SECONDS })
  } catch {
    return {}
  }
}
