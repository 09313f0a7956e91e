import { useEffect, useState } from 'react';
import type { EntityEntry } from '../flow/crossIndex';
import { toStateDiagram } from '../flow/toStateDiagram';
import { loadMermaid } from '../sequence/renderSequence';

let renders = 0;

/** The entity's state machine drawn by Mermaid, downloaded when first shown (as the sequence view does). */
export default function StateDiagram({ entry }: { entry: EntityEntry }) {
  const [svg, setSvg] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    loadMermaid()
      .then((mermaid) => mermaid.render(`state-${++renders}`, toStateDiagram(entry)))
      .then(
        (result) => current && setSvg(result.svg),
        (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      current = false;
    };
  }, [entry]);
  if (error) return <p className="notice" role="alert">The state diagram could not be drawn: {error}. The transitions are listed below.</p>;
  if (!svg) return <p className="sequence-loading">Drawing the state machine…</p>;
  // Mermaid's own output, sanitised by it (securityLevel strict); state names reach it entity-escaped.
  return <div className="state-diagram" role="img" aria-label={`State machine of ${entry.entity}${entry.field ? `.${entry.field}` : ''}: states ${entry.states.join(', ')}`} dangerouslySetInnerHTML={{ __html: svg }} />;
}
