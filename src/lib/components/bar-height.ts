/**
 * Sets a fixed or sticky bar's drawn height as a CSS variable on the page, for app.css's scroll
 * padding and the page's bottom padding. The setter of a `bind:offsetHeight={null, ...}`
 * function binding: no state and no effect, as this runs on every screen's first load.
 */
export function barHeight(name: string): (height: number) => void {
  return (height) => {
    // 0 while it is not drawn (display: none): the fallback in app.css holds meanwhile.
    if (height) document.documentElement.style.setProperty(name, `${height}px`);
  };
}
