import { useEffect, useRef } from 'react';
import { commandForKey, type CommandContext } from './commands';

/** One key handler for the page, dispatching through the command registry. */
export function useCommandKeys(context: CommandContext) {
  const latest = useRef(context);
  latest.current = context;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctx = latest.current;
      const command = commandForKey(event, ctx.presenting);
      // Search works on every page: the page-wide handler runs it.
      if (!command || command.global) return;
      // Space would also scroll the page: the registry's meaning wins.
      event.preventDefault();
      if (command.disabled?.(ctx)) return;
      command.run(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
