/**
 * The files a server needs to run the editor service (README, "The editor as a service"), written
 * by `npm run editor:deploy-files` into deploy/ beside the public site's deploy/nginx.conf: an nginx
 * server block for the editor's own host name, with TLS, a limit on sign-in attempts and the
 * identity headers a client could send taken off; and a systemd unit that runs
 * `npm run editor:start` and restarts it.
 */

export interface EditorNginxOptions {
  editorUrl: URL
  /** The port `npm run editor:start` listens on, on 127.0.0.1. */
  port: number
  certificate: string
  certificateKey: string
  /** The listen directives for HTTPS; the tests use a loopback port. */
  listen?: readonly string[]
  /** Sign-in attempts a minute from one address before nginx answers 429. */
  signInPerMinute?: number
}

/** Headers that claim an identity: nginx sends none of them on (the editor ignores them too). */
export const NGINX_DROPPED_HEADERS = ['X-Forwarded-User', 'X-Forwarded-Email', 'X-Forwarded-Groups', 'X-Forwarded-Preferred-Username', 'Remote-User', 'X-Remote-User', 'X-Auth-Request-User', 'X-Auth-Request-Email', 'X-Auth-Request-Groups', 'X-Auth-Request-Preferred-Username', 'X-Middleware-Subrequest']

const GENERATED = 'Written by npm run editor:deploy-files (lib/editor-service/deploy-files.ts): change that module, not this file.'

export function editorNginxServerBlock({ editorUrl, port, certificate, certificateKey, listen = ['443 ssl', '[::]:443 ssl'], signInPerMinute = 10 }: EditorNginxOptions): string {
  const upstream = `http://127.0.0.1:${port}`
  const proxy = (indent: string) =>
    [
      `proxy_pass ${upstream};`,
      'proxy_http_version 1.1;',
      // The editor checks Host against EDITOR_URL (with its port, if it has one).
      'proxy_set_header Host $http_host;',
      'proxy_set_header Connection "";',
      ...NGINX_DROPPED_HEADERS.map((name) => `proxy_set_header ${name} "";`),
      'proxy_read_timeout 300s;',
    ]
      .map((line) => `${indent}${line}`)
      .join('\n')
  return `# ${GENERATED}
#
# The staff editor (npm run editor:start) on its own host name, ${editorUrl.host}: never on the
# public site's. Include this file from the http block of nginx.conf. Put your certificate's paths
# below. The editor sends its own security headers (lib/editor-service/security-headers.ts).

# Sign-in attempts from one address: ${signInPerMinute} a minute, a few more in a burst; then 429.
limit_req_zone $binary_remote_addr zone=anuvia_editor_sign_in:1m rate=${signInPerMinute}r/m;

server {
${listen.map((address) => `    listen ${address};`).join('\n')}
    server_name ${editorUrl.hostname};
    server_tokens off;
    ssl_certificate ${certificate};
    ssl_certificate_key ${certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    # Pictures uploaded in the editor: up to 20 MB.
    client_max_body_size 20m;

    # Each sign-in is these two requests; the sign-in page itself is not limited.
    location ~ ^/sign-in/(?:start|callback)$ {
        limit_req zone=anuvia_editor_sign_in burst=10 nodelay;
        limit_req_status 429;
${proxy('        ')}
    }
    location / {
${proxy('        ')}
    }
}
${
  editorUrl.port === ''
    ? `
# Plain http only ever redirects to https.
server {
    listen 80;
    listen [::]:80;
    server_name ${editorUrl.hostname};
    server_tokens off;
    return 301 https://$host$request_uri;
}
`
    : ''
}`
}

export interface EditorUnitOptions {
  /** The folder of the editor's code (a checkout of the site's repository, with npm ci done). */
  codeDir: string
  /** A file of KEY=value lines with the settings (EDITOR_URL, OIDC_…, SESSION_SECRET, …), readable only by the service. */
  environmentFile: string
  user: string
}

export function editorSystemdUnit({ codeDir, environmentFile, user }: EditorUnitOptions): string {
  return `# ${GENERATED}
# Install as /etc/systemd/system/anuvia-editor.service, then: systemctl daemon-reload; systemctl enable --now anuvia-editor
[Unit]
Description=Anuvia website editor (npm run editor:start)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=${user}
WorkingDirectory=${codeDir}
EnvironmentFile=${environmentFile}
ExecStart=/usr/bin/npm run editor:start
Restart=on-failure
RestartSec=5
# The first start builds the editor, which takes a few minutes.
TimeoutStartSec=900
# On stop, saves in progress finish before the process ends.
KillSignal=SIGTERM
TimeoutStopSec=30
NoNewPrivileges=true
PrivateTmp=true
ProtectSystem=full
ProtectHome=read-only

[Install]
WantedBy=multi-user.target
`
}
