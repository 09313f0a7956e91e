import { createRoot } from 'react-dom/client';

// A node, an edge and the details line: what the benchmark's probes wait for before a page counts as drawn.
function Floor() {
  return (
    <main>
      <div className="react-flow__node">Sender</div>
      <svg width="120" height="10" aria-hidden="true">
        <path className="react-flow__edge" d="M0 5H120" stroke="black" />
      </svg>
      <section aria-label="Step details">Step 1 of 1</section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
