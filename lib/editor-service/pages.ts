/**
 * The few screens the editor service draws itself, before anyone is signed in or when a person may
 * do nothing: sign in, signed out, no role, a sign-in that failed, a refusal. Plain HTML with no
 * script, readable at 320 px, every value escaped.
 */

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c])
}

const STYLE = `
:root{color-scheme:light;font:18px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f6f7}
body{margin:0}
main{max-width:34rem;margin:12vh auto 2rem;padding:2rem 1.5rem;background:#fff;border:1px solid #c9d1d3;border-radius:8px}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
p{margin:0 0 1rem}
.brand{font-weight:700;color:#0b5563;margin:0 0 .5rem;font-size:1rem}
.button{display:inline-block;font:inherit;font-weight:600;padding:.7rem 1.2rem;border-radius:6px;border:2px solid #0b5563;background:#0b5563;color:#fff;text-decoration:none;cursor:pointer;min-height:44px;box-sizing:border-box}
.button.secondary{background:#fff;color:#0b5563}
.button:focus-visible,a:focus-visible{outline:3px solid #c25e00;outline-offset:3px}
.note{background:#e6f4ea;border-left:4px solid #0d5524;padding:.6rem .9rem}
.problem{background:#fdecea;border-left:4px solid #8a1c12;padding:.6rem .9rem}
a{color:#0b5563}
small{color:#4a5558;font-size:.9rem}
@media (max-width:600px){main{margin:0;border:0;border-radius:0;min-height:100vh;box-sizing:border-box}}
`

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} · Anuvia website editor</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="brand">Anuvia website editor</p>
${body}
</main>
</body>
</html>
`
}

function signOutForm(label = 'Sign out'): string {
  return `<form method="post" action="/sign-out"><button class="button secondary" type="submit">${escapeHtml(label)}</button></form>`
}

export function signInPage(options: { returnTo: string; signedOut?: boolean; message?: string }): string {
  const start = `/sign-in/start?return=${encodeURIComponent(options.returnTo)}`
  return page(
    'Sign in',
    `<h1>Sign in to edit the website</h1>
${options.signedOut ? '<p class="note" role="status">You are signed out.</p>' : ''}
${options.message ? `<p class="problem" role="alert">${escapeHtml(options.message)}</p>` : ''}
<p>Use your Anuvia work account, the one you use for email.</p>
<p><a class="button" href="${escapeHtml(start)}">Sign in with your work account</a></p>
<p><small>Only Anuvia staff can sign in. If you cannot, ask IT.</small></p>`,
  )
}

export function noRolePage(person: { name: string; email: string }): string {
  return page(
    'No access yet',
    `<h1>You are signed in, but you cannot edit yet</h1>
<p>You are signed in as <strong>${escapeHtml(person.name)}</strong> (${escapeHtml(person.email)}), and this account has no role in the website editor, so you can do nothing here.</p>
<p>Ask the editor's administrator to give you a role (editor, clinical reviewer, translation reviewer or publisher). Then sign out and sign in again.</p>
${signOutForm()}`,
  )
}

export function signInFailedPage(message: string): string {
  return page(
    'Sign-in did not work',
    `<h1>Sign-in did not work</h1>
<p class="problem" role="alert">${escapeHtml(message)}</p>
<p><a class="button" href="/sign-in">Try again</a></p>
<p><small>If this happens again, tell IT what this page says.</small></p>`,
  )
}

export function refusalPage(status: number, message: string): string {
  return page(status === 404 ? 'Not found' : 'Not allowed', `<h1>${status === 404 ? 'There is no such page' : 'This is not allowed'}</h1>\n<p>${escapeHtml(message)}</p>\n<p><a href="/keystatic">Go to the editor</a></p>`)
}
