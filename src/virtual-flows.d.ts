declare module 'virtual:flows' {
  export interface CatalogEntry {
    id: string;
    system: string;
    title: string;
    stepCount: number;
    illustrative: boolean;
  }
  /** How many tours there are (the tours themselves are in virtual:tours). */
  export const tourCount: number;
  /** Validation problems, one formatted line each; only ever non-empty in the dev server (a build fails instead). */
  export const problems: string[];
  export const systems: import('./flow/schema').System[];
  export const catalog: CatalogEntry[];
  /** Each flow's chunk: the flow and its layout, computed at build time. */
  export const loaders: ReadonlyMap<string, () => Promise<import('./flow/layout').FlowData>>;
}

declare module 'virtual:tours' {
  export interface TourStopEntry {
    flow: string;
    from?: string;
    to?: string;
    why: string;
    /** The flow's title and system, and the stop's steps as 1-based numbers (the whole flow: 1 to stepCount). */
    title: string;
    system: string;
    stepCount: number;
    first: number;
    last: number;
    /** The ids of the stop's steps, to count the ones a reader has seen. */
    stepIds: string[];
  }
  export interface TourEntry {
    id: string;
    title: string;
    intro: string;
    stops: TourStopEntry[];
  }
  export const tours: TourEntry[];
}

declare module 'virtual:index' {
  /** Every endpoint, table and entity state machine across the flows, with the steps that touch them. */
  export const index: import('./flow/crossIndex').CrossIndex;
}

declare module 'virtual:search' {
  /** The search palette's index, in MiniSearch's serialised form (load it with loadSearchIndex). */
  export const searchIndex: ReturnType<import('minisearch').default['toJSON']>;
}

declare module 'virtual:summaries' {
  /** Each flow's summary (Markdown), by flow id: the catalog page downloads them, a deep link does not. */
  export const summaries: ReadonlyMap<string, string>;
}
