/**
 * DOM building for the calculator. Text goes in with textContent and attributes with
 * setAttribute; nothing is ever parsed as HTML, so a metric named `<img src=x onerror=…>`
 * shows as those characters.
 */
export interface Props {
  readonly class?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

export function button(text: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const node = el('button', { ...props, text, attrs: { type: 'button', ...props.attrs } });
  node.addEventListener('click', onClick);
  return node;
}

/** Replaces an element's children. */
export function fill(parent: Element, children: readonly Node[]): void {
  parent.replaceChildren(...children);
}

/** A DOM id for a field id (field ids are camelCase identifiers, so they are valid ids). */
export function fieldDomId(prefix: string, field: string): string {
  return `${prefix}-${field}`;
}
