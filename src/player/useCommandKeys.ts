import { useEffect, useRef } from 'react';
import { commandForKey, type CommandContext } from './commands';

/** One key handler for the page, dispatching through the command registry. */
export function useCommandKeys(context: CommandContext) {
  const latest = useRef(context);
  latest.current = context;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      const ctx = latest.current;
      // Space would also scroll the page or press the focused button: the registry's meaning wins.
      event.preventDefault();
      if (command.disabled?.(ctx)) return;
      command.run(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
