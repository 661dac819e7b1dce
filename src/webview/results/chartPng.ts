/**
 * A chart as it is shown, as PNG bytes: its title above the SVG with the theme's colours
 * written into it (an SVG drawn as an image sees none of the page's CSS variables), on the
 * editor's background, at twice its size so it stays sharp on a slide. Only the bytes leave the
 * page; the extension asks where to save them.
 */
import * as l10n from '@vscode/l10n';

const SCALE = 2;
/** The properties the chart's stylesheet sets; each is copied onto every element as computed. */
const PAINTED = ['fill', 'stroke', 'stroke-width', 'font-size', 'font-family', 'font-weight', 'text-anchor'] as const;

/** Room above the chart for its title, which the SVG keeps only for screen readers. */
const TITLE_HEIGHT = 28;

export async function chartPng(svg: SVGSVGElement, title: string): Promise<string> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const targets = [copy, ...Array.from(copy.querySelectorAll('*'))];
  sources.forEach((source, k) => {
    const style = getComputedStyle(source);
    const target = targets[k]!;
    for (const property of PAINTED) target.setAttribute(property, style.getPropertyValue(property));
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(Math.ceil(height)));
  const text = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * SCALE);
    canvas.height = Math.ceil((height + TITLE_HEIGHT) * SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(l10n.t('this page cannot draw on a canvas'));
    const page = getComputedStyle(document.body);
    context.fillStyle = page.backgroundColor;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(SCALE, SCALE);
    context.fillStyle = page.color;
    context.font = `600 14px ${page.fontFamily}`;
    context.textBaseline = 'middle';
    context.fillText(title, 0, TITLE_HEIGHT / 2, width);
    context.drawImage(image, 0, TITLE_HEIGHT, width, height);
    const dataUrl = canvas.toDataURL('image/png');
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
  } finally {
    URL.revokeObjectURL(url);
  }
}
