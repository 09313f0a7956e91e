/** In-app hrefs, with the base path the site is hosted under (BASE_PATH at build time). */
const base = import.meta.env.BASE_URL;

export function flowHref(flowId: string, stepId?: string): string {
  return `${base}flows/${encodeURIComponent(flowId)}${stepId ? `?step=${encodeURIComponent(stepId)}` : ''}`;
}

export function catalogHref(): string {
  return base;
}

/** The absolute URL that opens exactly this step, for sharing. */
export function absoluteStepUrl(flowId: string, stepId: string): string {
  return new URL(flowHref(flowId, stepId), window.location.origin).href;
}
