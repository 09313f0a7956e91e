import type { Flow } from '../flow/schema';
import { toMermaid } from '../flow/toMermaid';

let ready: Promise<typeof import('mermaid').default> | undefined;

/** Mermaid, downloaded the first time a sequence diagram is drawn (never by the canvas view). */
export function loadMermaid() {
  ready ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      themeVariables: {
        primaryColor: '#ffffff',
        primaryBorderColor: '#c9cfdc',
        primaryTextColor: '#172033',
        lineColor: '#586179',
        signalColor: '#586179',
        signalTextColor: '#172033',
        actorBkg: '#ffffff',
        actorBorder: '#c9cfdc',
        actorTextColor: '#172033',
        actorLineColor: '#c9cfdc',
        sequenceNumberColor: '#ffffff',
      },
      sequence: { mirrorActors: false, showSequenceNumbers: true, messageFontSize: 14, actorFontSize: 14, noteFontSize: 13, wrap: true, width: 130, actorMargin: 36, boxMargin: 8, messageMargin: 30 },
    });
    return mermaid;
  });
  return ready;
}

let renders = 0;

/** The flow's sequence diagram as an SVG string, sanitised by Mermaid (securityLevel strict). */
export async function renderSequence(flow: Flow): Promise<string> {
  const mermaid = await loadMermaid();
  const { svg } = await mermaid.render(`sequence-${++renders}`, toMermaid(flow));
  return svg;
}
