// Runs an XState machine while its component is on the page and re-renders on each new snapshot:
// the wizard's routing and the kiosk's timers. A few lines in place of @xstate/react's useMachine,
// whose extra kilobyte the first screen's budget cannot spare (see README: Performance).
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createActor, type ActorOptions, type AnyStateMachine, type EventFrom, type SnapshotFrom } from 'xstate';

export function useActor<TMachine extends AnyStateMachine>(machine: TMachine, options?: ActorOptions<TMachine>) {
  // Started during the first render, so the first render (and the prerendered page it hydrates)
  // already has the machine's snapshot. Only the first render's machine and options count.
  const [actor] = useState(() => createActor(machine, options).start());
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // StrictMode unmounts and mounts again at once in development: stop only if it stays away,
      // so no timer of a machine whose component is gone fires on.
      setTimeout(() => mounted.current || actor.stop());
    };
  }, [actor]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const getSnapshot = useCallback((): SnapshotFrom<TMachine> => actor.getSnapshot(), [actor]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const send = useCallback((event: EventFrom<TMachine>) => actor.send(event), [actor]);
  return [snapshot, send] as const;
}
