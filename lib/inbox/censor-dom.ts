const KEPT_ATTRIBUTES = new Set(['role', 'id', 'class', 'aria-label', 'data-route']);

/**
 * A privacy-safe skeleton of the page for a layout-drift report: tags and structural attributes
 * only, attribute values that could hold personal data replaced by "…", no text at all.
 * (After InboxSDK's censorHTMLtree.)
 */
export function censorDom(root: Element, maxLength = 3800, depth = 6): string {
  const walk = (el: Element, level: number): string => {
    const attrs = [...el.attributes]
      .filter((a) => KEPT_ATTRIBUTES.has(a.name))
      .map((a) => (a.name === 'role' || a.name === 'data-route' ? ` ${a.name}="${a.value}"` : ` ${a.name}="…"`))
      .join('');
    const tag = el.tagName.toLowerCase();
    if (level >= depth) return `<${tag}${attrs}/>`;
    const children = [...el.children].slice(0, 12).map((c) => walk(c, level + 1)).join('');
    return `<${tag}${attrs}>${children}</${tag}>`;
  };
  return walk(root, 0).slice(0, maxLength);
}
