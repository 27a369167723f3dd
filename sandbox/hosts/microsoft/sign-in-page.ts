import { escapeHtml, page } from '../../html';
import type { MsAuthorizeRequest } from './authorize-request';

/** The sandbox's Microsoft sign-in and consent screen ("Permissions requested", Accept/Cancel). */

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
.actions{display:flex;gap:.75rem;justify-content:flex-end;margin-top:1.5rem}
button{font:inherit;padding:.4rem 1.5rem;border:1px solid #8a8886;background:#fff;cursor:pointer}
button[value=accept]{background:#0067b8;color:#fff;border-color:#0067b8}
button:focus-visible,input:focus-visible{outline:3px solid #000;outline-offset:2px}`;

export function signInPage(requestId: string, request: MsAuthorizeRequest, account: string | null, problem?: string): string {
  const who = account
    ? `<p>Signed in as <strong data-testid="account">${escapeHtml(account)}</strong></p>`
    : `<p><label for="loginfmt">Email, phone, or Skype</label><br><input id="loginfmt" name="loginfmt" type="email" required autocomplete="username" value="${escapeHtml(request.loginHint ?? '')}"></p>`;
  const scopes = request.scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  const body = `<main>
<h1>Permissions requested</h1>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/${escapeHtml(request.authoritySegment)}/login">
<input type="hidden" name="request" value="${escapeHtml(requestId)}">
${who}
<p>The application <strong data-testid="client">${escapeHtml(request.clientId)}</strong> needs permission to:</p>
<ul aria-label="Requested permissions">${scopes}</ul>
<div class="actions">
<button type="submit" name="decision" value="cancel" formnovalidate>Cancel</button>
<button type="submit" name="decision" value="accept">Accept</button>
</div>
</form>
</main>`;
  return page({ title: 'Sign in to your account', lang: 'en', body, style: STYLE });
}

export function loginErrorPage(code: string, message: string): string {
  const body = `<main><h1>Sign in</h1><p role="alert">Sorry, but we're having trouble signing you in.</p>
<p><code data-testid="error">${escapeHtml(code)}</code>: ${escapeHtml(message)}</p></main>`;
  return page({ title: 'Sign in to your account', lang: 'en', body, style: STYLE });
}

export function signedOutPage(): string {
  return page({ title: 'Sign out', lang: 'en', body: '<main><h1>You signed out of your account</h1><p>It\'s a good idea to close all browser windows.</p></main>', style: STYLE });
}
