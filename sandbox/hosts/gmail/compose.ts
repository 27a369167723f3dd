import type { GmailPageOptions } from '../../core/scenario';

/** The bottom bar of a draft: Send, the formatting and insert buttons, More options, Discard draft. */
function draftBar(): string {
  const tools = ['Formatting options', 'Attach files', 'Insert link', 'Insert emoji', 'Insert files using Drive', 'Insert photo', 'Toggle confidential mode', 'Insert signature']
    .map((label) => `<div role="button" tabindex="0" aria-label="${label}" class="tool">${label.charAt(0)}</div>`)
    .join('');
  return `<div class="draft-bar"><div role="button" tabindex="0" class="send">Send</div>${tools}<div role="button" tabindex="0" aria-label="More options" class="tool">⋮</div><div role="button" tabindex="0" aria-label="Discard draft" class="tool discard">✕</div></div>`;
}

/** A draft's fields and its bar, as in a compose window or an inline reply. */
export function draftFields(to = ''): string {
  return `<div class="draft-fields"><input type="text" aria-label="To recipients" value="${to}"><input type="text" name="subjectbox" aria-label="Subject" placeholder="Subject"></div>
<div role="textbox" contenteditable="true" aria-label="Message Body" aria-multiline="true" class="draft-body"></div>${draftBar()}`;
}

/**
 * Gmail's compose window: fixed at the bottom right of the window, its Send, formatting and
 * Discard buttons along its bottom (or, minimised, a bar there with its title and buttons).
 */
export function composeWindow(compose: GmailPageOptions['compose']): string {
  if (!compose || compose === 'none') return '';
  const head = `<div class="compose-head"><span class="compose-title">New Message</span><div role="button" tabindex="0" aria-label="Minimise" class="tool">_</div><div role="button" tabindex="0" aria-label="Full screen (Shift for pop-out)" class="tool">⤢</div><div role="button" tabindex="0" aria-label="Save &amp; close" class="tool">×</div></div>`;
  if (compose === 'minimized') return `<div role="dialog" aria-label="New Message" class="compose minimized">${head}</div>`;
  return `<div role="dialog" aria-label="New Message" class="compose">${head}${draftFields()}</div>`;
}
