/**
 * The host element's name and the attribute that marks it (our own code skips what carries it). Like the
 * highlight names (paint.ts), they must not name the product: any script of the page can list its elements.
 */
export const CARD_HOST_TAG = 'x5c1e-ui';
export const CARD_HOST_ATTRIBUTE = 'data-x5c1e';

/**
 * Our one element in the page: a host whose closed shadow root holds the card,
 * so that the page's styles and scripts cannot reach into it. Created on first
 * use, removed by `remove()`.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  constructor(
    private readonly doc: Document,
    private readonly styles: string,
  ) {}

  /** The container to render into, creating the host on first call. */
  container(): HTMLElement {
    if (!this.root) {
      this.host = this.doc.createElement(CARD_HOST_TAG);
      this.host.setAttribute(CARD_HOST_ATTRIBUTE, '');
      this.root = this.host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = this.styles;
      const mount = this.doc.createElement('div');
      this.root.append(style, mount);
      this.doc.documentElement.append(this.host);
    }
    return this.root.lastElementChild as HTMLElement;
  }

  /** True when an event happened inside our UI (events from a closed shadow root are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}
