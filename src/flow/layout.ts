import type { Flow, Participant } from './schema.ts';
import { longestWordWidth, textWidth, wrapText } from './textMetrics.ts';

/**
 * The canvas geometry of a flow: where each participant stands, how each message edge runs and where its step
 * pill sits. Computed once per flow at build time (`layoutFlow`), shipped to the browser as data.
 */
export interface Point { x: number; y: number }
export interface Box { x: number; y: number; width: number; height: number }

export interface EdgeLayout {
  /** The route from the edge's source to its target: start, bends, end. */
  points: Point[];
  /** The pill listing the edge's step numbers. */
  pill: Box;
}

export interface LayoutVariant {
  width: number;
  height: number;
  nodes: Record<string, Box>;
  edges: Record<string, EdgeLayout>;
}

/**
 * Two arrangements of the same flow, so the canvas can use its aspect ratio: `wide` flows left to right (desktop,
 * projector), `tall` flows top to bottom (phones, narrow frames). Flows whose file gives positions have one
 * arrangement, used for both.
 */
export interface FlowLayout {
  wide: LayoutVariant;
  tall: LayoutVariant;
}
export type LayoutVariantName = keyof FlowLayout;

// Participant box, in canvas units (CSS px at zoom 1). The CSS in canvas.css draws the same box.
export const NAME_PX = 16;
export const NAME_LINE = 20;
export const TECH_PX = 13;
export const TECH_LINE = 17;
const PAD_X = 12;
const PAD_Y = 12;
const ICON = 32 + 10;
const TEXT_MAX = 176;
const NODE_MIN_WIDTH = 164;
const NODE_MIN_HEIGHT = 68;

export const PILL_PX = 12;
const PILL_PAD_X = 8;
export const PILL_HEIGHT = 22;

/** Participants in order of first appearance in the steps; ones no step mentions keep their declared order at the end. */
export function participantOrder(flow: Pick<Flow, 'participants' | 'steps'>): string[] {
  const declared = new Set(flow.participants.map((p) => p.id));
  const order = new Set<string>();
  for (const step of flow.steps) {
    for (const id of [step.from, step.to]) if (declared.has(id)) order.add(id);
  }
  for (const p of flow.participants) order.add(p.id);
  return [...order];
}

export interface MessagePair {
  /** `<source>--<target>`, stable across builds. */
  id: string;
  /** The sender of the first message between the two: the layout flows from source to target. */
  source: string;
  target: string;
  /** 0-based indexes of the steps on this edge, in either direction. */
  steps: number[];
}

/** One edge per pair of participants that exchange messages, whichever way they go. */
export function messagePairs(flow: Pick<Flow, 'steps'>): MessagePair[] {
  const byKey = new Map<string, MessagePair>();
  flow.steps.forEach((step, i) => {
    if (step.from === step.to) return;
    const key = [step.from, step.to].sort().join('\n');
    let pair = byKey.get(key);
    if (!pair) {
      pair = { id: `${step.from}--${step.to}`, source: step.from, target: step.to, steps: [] };
      byKey.set(key, pair);
    }
    pair.steps.push(i);
  });
  return [...byKey.values()];
}

export const pillText = (pair: Pick<MessagePair, 'steps'>) => pair.steps.map((i) => i + 1).join(' · ');

export function pillSize(text: string): { width: number; height: number } {
  return { width: Math.ceil(textWidth(text, PILL_PX) + 2 * PILL_PAD_X + 2), height: PILL_HEIGHT };
}

/**
 * A participant's box: wide enough for its longest word (a name is never cut mid-word), its name wrapped after
 * spaces, "/" and "-", and tall enough for every line.
 */
export function participantSize(participant: Pick<Participant, 'label' | 'tech'>): { width: number; height: number } {
  const text = Math.min(
    TEXT_MAX,
    Math.max(textWidth(participant.label, NAME_PX, 'bold'), participant.tech ? textWidth(participant.tech, TECH_PX) : 0),
  );
  const textArea = Math.max(text, longestWordWidth(participant.label, NAME_PX, 'bold'), participant.tech ? longestWordWidth(participant.tech, TECH_PX) : 0);
  const nameLines = wrapText(participant.label, textArea, NAME_PX, 'bold').length;
  const techLines = participant.tech ? wrapText(participant.tech, textArea, TECH_PX).length : 0;
  return {
    width: Math.ceil(Math.max(NODE_MIN_WIDTH, PAD_X * 2 + ICON + textArea)),
    height: Math.max(NODE_MIN_HEIGHT, PAD_Y * 2 + nameLines * NAME_LINE + (techLines ? 2 + techLines * TECH_LINE : 0)),
  };
}

export function boundsOf(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** What the browser receives per flow: the validated flow and its precomputed layout. */
export interface FlowData {
  flow: import('./schema.ts').Flow;
  layout: FlowLayout;
  /** Per step id: the cross-flow index entries it touches and the other flows that touch them. */
  related?: Record<string, import('./crossIndex.ts').StepRelated>;
  /** The flow's speaker notes by step id, downloaded on demand (the steps in `flow` come without them). */
  notes?: () => Promise<Record<string, string>>;
}
