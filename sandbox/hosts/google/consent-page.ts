import { escapeHtml, page } from '../../html';
import type { AuthorizeRequest } from './authorize-request';

/**
 * The sandbox's Google consent screen: who signs in, which app asks, which scopes, and the
 * "Allow" / "Cancel" buttons. English only (the real screen follows `hl`; nothing here is guided).
 */

const SCOPE_TEXT: Record<string, string> = {
  'https://www.googleapis.com/auth/admin.directory.user.security': 'Manage data access and permissions for users on your domain',
  'https://mail.google.com/': 'Read, compose, send and permanently delete all your email from Gmail',
  'https://www.googleapis.com/auth/gmail.readonly': 'View your email messages and settings',
  'https://www.googleapis.com/auth/gmail.metadata': 'View your email message metadata such as labels and headers, but not the email body',
  email: 'See your primary Google Account email address',
  'https://www.googleapis.com/auth/userinfo.email': 'See your primary Google Account email address',
  openid: 'Associate you with your personal info on Google',
  profile: 'See your personal info, including any personal info you\'ve made publicly available',
};

const STYLE = `body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#202124}
.actions{display:flex;gap:1rem;justify-content:flex-end;margin-top:2rem}
button{font:inherit;padding:.5rem 1.5rem;border-radius:4px;border:1px solid #dadce0;background:#fff;cursor:pointer}
button[value=allow]{background:#1a73e8;color:#fff;border-color:#1a73e8}
button:focus-visible,input:focus-visible{outline:3px solid #174ea6;outline-offset:2px}
code{font-size:.85em;color:#5f6368}`;

export function consentPage(requestId: string, request: AuthorizeRequest, account: string | null): string {
  const scopes = request.scopes
    .map((s) => `<li>${escapeHtml(SCOPE_TEXT[s] ?? s)} <code>${escapeHtml(s)}</code></li>`)
    .join('');
  const who = account
    ? `<p>Signed in as <strong data-testid="account">${escapeHtml(account)}</strong></p>`
    : `<p><label for="email">Email or phone</label><br><input id="email" name="email" type="email" required autocomplete="username" value="${escapeHtml(request.loginHint ?? '')}"></p>`;
  const body = `<main>
<h1>Sign in with Google</h1>
<form method="post" action="/signin/oauth/consent">
<input type="hidden" name="request" value="${escapeHtml(requestId)}">
${who}
<p>The app <strong data-testid="client">${escapeHtml(request.clientId)}</strong> wants to access your Google Account.</p>
<h2 id="scopes-heading">This will allow it to:</h2>
<ul aria-labelledby="scopes-heading">${scopes}</ul>
<div class="actions">
<button type="submit" name="decision" value="cancel" formnovalidate>Cancel</button>
<button type="submit" name="decision" value="allow">Allow</button>
</div>
</form>
</main>`;
  return page({ title: 'Sign in - Google Accounts', lang: 'en', body, style: STYLE });
}

export function authorizeErrorPage(error: string, description: string): string {
  const body = `<main><h1>Access blocked: Authorization Error</h1>
<p role="alert">${escapeHtml(description)}</p>
<p>Error 400: <code data-testid="error">${escapeHtml(error)}</code></p></main>`;
  return page({ title: 'Error 400', lang: 'en', body, style: STYLE });
}
