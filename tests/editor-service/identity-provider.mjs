/**
 * A real OpenID provider on loopback for the editor service's tests: oidc-provider (panva's
 * certified OpenID Provider), with its development sign-in screens (any password) and four test
 * accounts. Not our code: the editor signs in against it exactly as against Entra ID or Google.
 *
 *   IDP_PORT=3490 CLIENT_ID=… CLIENT_SECRET=… REDIRECT_URI=https://localhost:3443/sign-in/callback node tests/editor-service/identity-provider.mjs
 */
import Provider from 'oidc-provider'

export const ACCOUNTS = {
  'dana@example.org': { name: 'Dana Reyes', groups: [] },
  'lee@example.org': { name: 'Lee Park', groups: ['web-editors', 'translators'] },
  'vic@example.org': { name: 'Vic Visitor', groups: ['everyone'] },
  'cara@example.org': { name: 'Cara Lane', groups: [] },
}

const port = Number(process.env.IDP_PORT ?? 3490)
const issuer = `http://127.0.0.1:${port}`

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.CLIENT_ID ?? 'anuvia-editor',
      client_secret: process.env.CLIENT_SECRET ?? 'test-client-secret',
      redirect_uris: [process.env.REDIRECT_URI ?? 'https://localhost:3443/sign-in/callback'],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  // The claims go into the ID token itself, as Entra ID and Google put email and name there.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['test-only-cookie-key-for-the-identity-provider'] },
  async findAccount(_ctx, id) {
    const account = ACCOUNTS[id] ?? { name: id, groups: [] }
    return { accountId: id, claims: () => ({ sub: id, email: id, email_verified: true, name: account.name, groups: account.groups }) }
  },
})
provider.proxy = false

provider.listen(port, '127.0.0.1')
console.log(`Identity provider ready at ${issuer}`)
