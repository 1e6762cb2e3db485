/**
 * Sign-in with the organization's accounts: OpenID Connect, authorization code with PKCE, through
 * openid-client (a certified relying party: discovery, state, nonce, PKCE and the ID token's
 * signature, issuer, audience and expiry are all checked by the library, not here).
 */
import * as client from 'openid-client'
import type { EditorSettings } from './settings'
import { isLoopback } from './settings'
import type { Identity } from './roles'

/** Where the provider sends the person back; registered with the provider as the callback. */
export const CALLBACK_PATH = '/sign-in/callback'

export function callbackUrl(settings: Pick<EditorSettings, 'url'>): string {
  return new URL(CALLBACK_PATH, settings.url).href
}

let discovered: { key: string; config: Promise<client.Configuration> } | undefined

/** The provider's configuration, read once from its discovery document (again after a failure). */
export function providerConfig(settings: Pick<EditorSettings, 'oidc'>): Promise<client.Configuration> {
  const { issuer, clientId, clientSecret } = settings.oidc
  const key = `${issuer.href}\n${clientId}`
  if (discovered?.key !== key) {
    const options = issuer.protocol === 'http:' && isLoopback(issuer.hostname) ? { execute: [client.allowInsecureRequests] } : undefined
    const config = client.discovery(issuer, clientId, undefined, client.ClientSecretBasic(clientSecret), options)
    config.catch(() => {
      if (discovered?.config === config) discovered = undefined
    })
    discovered = { key, config }
  }
  return discovered.config
}

export interface SignInStart {
  url: URL
  state: string
  nonce: string
  codeVerifier: string
}

/** The provider's address to send the person to, with fresh state, nonce and PKCE verifier. */
export async function startSignIn(config: client.Configuration, redirectUri: string): Promise<SignInStart> {
  const codeVerifier = client.randomPKCECodeVerifier()
  const state = client.randomState()
  const nonce = client.randomNonce()
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
  return { url, state, nonce, codeVerifier }
}

export class SignInError extends Error {}

/**
 * The person the provider vouches for, from the callback's address: the code is exchanged (with
 * the PKCE verifier), the ID token checked, and the name, email and groups read from it (or from
 * the userinfo endpoint when the token leaves them out).
 */
export async function finishSignIn(config: client.Configuration, callback: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<Identity> {
  const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true })
  const idClaims = tokens.claims()
  if (!idClaims) throw new SignInError('The sign-in provider sent no ID token.')
  let claims: Record<string, unknown> = { ...idClaims }
  if (typeof claims.email !== 'string' || typeof claims.name !== 'string') {
    claims = { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...claims }
  }
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : ''
  if (!email) throw new SignInError('The sign-in provider did not say the account\'s email address. Ask IT to allow the "email" scope for the editor.')
  if (claims.email_verified === false) throw new SignInError(`The sign-in provider says ${email} is not verified.`)
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email
  const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : []
  return { subject: idClaims.sub, email, name, groups }
}
