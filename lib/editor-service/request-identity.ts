/**
 * Identity comes from the session cookie alone (session.ts). Headers that other setups use to say
 * who a person is (set by a proxy such as oauth2-proxy, or by a cloud's sign-in in front of an
 * app) can be sent by anyone who reaches the server, so the editor never reads them; the server
 * takes them off every request before anything else sees it, so no later code can trust one by
 * mistake. Next's internal headers, which a client must never set, go the same way.
 */
const IDENTITY_HEADER =
  /^(?:x-forwarded-(?:user|email|groups|preferred-username|access-token)|remote-user|x-remote-[a-z-]+|x-auth-request-[a-z-]+|x-user(?:-[a-z-]+)?|x-email|x-ms-client-principal(?:-[a-z-]+)?|x-goog-authenticated-user-[a-z-]+|x-amzn-oidc-[a-z-]+|cf-access-[a-z-]+|x-middleware-[a-z-]+|x-invoke-[a-z-]+)$/i

export function isIdentityHeader(name: string): boolean {
  return IDENTITY_HEADER.test(name)
}

/** Removes every identity-claiming header from a Node request's headers, in place; returns their names. */
export function dropIdentityHeaders(headers: Record<string, string | string[] | undefined>, rawHeaders?: string[]): string[] {
  const dropped = Object.keys(headers).filter(isIdentityHeader)
  for (const name of dropped) delete headers[name]
  if (rawHeaders) {
    for (let i = rawHeaders.length - 2; i >= 0; i -= 2) if (isIdentityHeader(rawHeaders[i])) rawHeaders.splice(i, 2)
  }
  return dropped
}
