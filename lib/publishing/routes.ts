/**
 * The editor addresses publishing adds, for the editor service's route allow-list (its gate adds
 * them with addEditorRoutes): who may use each, by role. The action route checks the role again
 * itself, so a gate and a route never disagree silently.
 */
export const PUBLISHING_ROUTES = [
  /** Waiting to publish: anyone signed in with a role sees what is waiting and its review state. */
  { name: 'waiting to publish', path: /^\/publishing$/, methods: ['GET', 'HEAD'], who: 'signed-in' },
  { name: 'page history', path: /^\/publishing\/history\/(?:en|es)\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/, methods: ['GET', 'HEAD'], who: 'signed-in' },
  { name: 'publish', path: /^\/api\/publishing\/publish$/, methods: ['POST'], who: ['publisher'] },
  { name: 'roll back', path: /^\/api\/publishing\/rollback$/, methods: ['POST'], who: ['publisher'] },
  { name: 'undo a change', path: /^\/api\/publishing\/undo$/, methods: ['POST'], who: ['publisher'] },
  { name: 'sign off', path: /^\/api\/publishing\/sign-off$/, methods: ['POST'], who: ['clinical-reviewer', 'translation-reviewer'] },
] as const satisfies readonly { name: string; path: RegExp; methods: readonly string[]; who: 'signed-in' | readonly string[] }[]
