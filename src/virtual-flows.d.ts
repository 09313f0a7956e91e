declare module 'virtual:flows' {
  export interface CatalogEntry {
    id: string;
    system: string;
    title: string;
    summary: string;
    stepCount: number;
    illustrative: boolean;
  }
  /** Validation problems, one formatted line each; only ever non-empty in the dev server (a build fails instead). */
  export const problems: string[];
  export const systems: import('./flow/schema').System[];
  export const catalog: CatalogEntry[];
  /** Each flow's chunk: the flow and its layout, computed at build time. */
  export const loaders: ReadonlyMap<string, () => Promise<import('./flow/layout').FlowData>>;
}
