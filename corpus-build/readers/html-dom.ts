import { DomUtils } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';

/** Small DOM helpers over htmlparser2's tree (domhandler nodes). */

/** Every element under `nodes` (depth first, document order) that passes `test`. */
export function findAll(nodes: AnyNode | AnyNode[], test: (el: Element) => boolean): Element[] {
  return DomUtils.findAll(test, Array.isArray(nodes) ? nodes : [nodes]);
}

/** The first element under `nodes` that passes `test`. */
export function findFirst(nodes: AnyNode | AnyNode[], test: (el: Element) => boolean): Element | undefined {
  return DomUtils.findOne(test, Array.isArray(nodes) ? nodes : [nodes]) ?? undefined;
}

/** An element's attribute, trimmed; undefined when missing or empty. */
export function attr(el: Element, name: string): string | undefined {
  const v = el.attribs[name]?.trim();
  return v ? v : undefined;
}

/** The whitespace-separated tokens of an attribute, lowercased (`rel`, `class`). */
export function tokens(el: Element, name: string): string[] {
  return (el.attribs[name] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** An element's text (all descendants), whitespace collapsed. */
export function textOf(node: AnyNode): string {
  return DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
}

/** Whether `el` has an ancestor that passes `test`. */
export function hasAncestor(el: AnyNode, test: (el: Element) => boolean): boolean {
  for (let p = el.parent; p; p = p.parent) if (DomUtils.isTag(p) && test(p)) return true;
  return false;
}
