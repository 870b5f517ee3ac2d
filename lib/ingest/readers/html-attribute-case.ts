/**
 * HTML's attribute names are case-blind (`<A HREF="#Method">`, `<A Name="FD01AD">`, as older
 * generators write them), but the parser keeps them as written and getAttribute("href") finds only
 * the lower-case name. Each upper- or mixed-case name is given again in lower case, in place, so
 * that every later step sees the page's links, anchors, ids and classes.
 */
export function lowerCaseAttributeNames(root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      const lower = name.toLowerCase();
      if (lower === name || el.hasAttribute(lower)) continue;
      el.removeAttribute(name);
      el.setAttribute(lower, value);
    }
  }
}
