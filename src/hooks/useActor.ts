// Runs an XState machine for the life of the page and re-renders on each new snapshot. A few
// lines in place of @xstate/react's useMachine, whose extra kilobyte the first screen's budget
// cannot spare (see README: Performance).
import { useCallback, useState, useSyncExternalStore } from 'react';
import { createActor, type AnyStateMachine, type EventFrom, type SnapshotFrom } from 'xstate';

export function useActor<TMachine extends AnyStateMachine>(machine: TMachine) {
  // Started at once and never stopped: the machine lives as long as the page. Its states have no
  // timers or effects of their own, so starting it during render (or twice, in StrictMode) is safe.
  const [actor] = useState(() => createActor(machine).start());
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
