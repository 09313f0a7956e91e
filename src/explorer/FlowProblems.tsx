/** Dev server only: the flow files do not validate. Shows the same lines as `npm run validate` instead of a blank page. */
export function FlowProblems({ problems }: { problems: string[] }) {
  return (
    <main className="flow-problems" role="alert">
      <h1>The flow files have {problems.length} problem{problems.length === 1 ? '' : 's'}</h1>
      <p>Fix them and save: the page reloads by itself. <code>npm run validate</code> prints the same list.</p>
      <pre>{problems.join('\n')}</pre>
    </main>
  );
}
