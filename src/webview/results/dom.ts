/**
 * DOM building for the results view. Text goes in with textContent and attributes with
 * setAttribute; nothing is parsed as HTML, so a name like `<img src=x onerror=…>` stays text.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { text?: string; className?: string; attributes?: Readonly<Record<string, string>> } = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.text !== undefined) node.textContent = options.text;
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  return node;
}
