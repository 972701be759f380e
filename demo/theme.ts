// Light and dark themes: the page follows prefers-color-scheme until the visitor presses the
// toggle, which sets <html data-theme="light|dark"> (remembered). demo.css maps the theme to
// the page colours and to the widget's --bahth-* custom properties.

type Theme = 'light' | 'dark';
const KEY = 'bahth-demo-theme';
const media = matchMedia('(prefers-color-scheme: dark)');

const stored = (): Theme | null => {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
};

/** The theme in effect: the visitor's choice, else the system's. */
export const currentTheme = (): Theme =>
  (document.documentElement.dataset.theme as Theme | undefined) ?? (media.matches ? 'dark' : 'light');

/** Wires the toggle button: aria-pressed is true in the dark theme. */
export function setUpThemeToggle(button: HTMLButtonElement): void {
  const chosen = stored();
  if (chosen) document.documentElement.dataset.theme = chosen;
  const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    sync();
  });
  media.addEventListener('change', sync);
  sync();
}
