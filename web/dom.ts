// The few DOM helpers the page needs: elements built from text, never from HTML strings.

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag)
  if (props.className) node.className = props.className
  if (props.text !== undefined) node.textContent = props.text
  node.append(...children)
  return node
}

/** `1 round`, `2 rounds`. */
export const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`#${id} is missing from the page`)
  return node as T
}

/**
 * A search snippet as nodes. The API escapes the text and adds only `<mark>`; the snippet is
 * still parsed inertly and rebuilt from its text and marks, so nothing else can get in.
 */
export function snippetNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild
  return [...(parsed?.childNodes ?? [])].map((node) => (node.nodeName === 'MARK' ? el('mark', { text: node.textContent ?? '' }) : document.createTextNode(node.textContent ?? '')))
}
