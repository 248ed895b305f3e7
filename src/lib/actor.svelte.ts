/** The runes bridge: a reactive view of an XState actor's snapshot, and its `send`. */
import { createSubscriber } from 'svelte/reactivity';
import type { AnyActorRef, EventFrom, SnapshotFrom } from 'xstate';

export interface ActorView<TActor extends AnyActorRef> {
  readonly snapshot: SnapshotFrom<TActor>;
  send: (event: EventFrom<TActor>) => void;
}

/** Reading `snapshot` inside an effect or template subscribes to the actor. */
export function useActor<TActor extends AnyActorRef>(actor: TActor): ActorView<TActor> {
  const subscribe = createSubscriber((update) => {
    const subscription = actor.subscribe(update);
    return () => subscription.unsubscribe();
  });
  return {
    get snapshot() {
      subscribe();
      return actor.getSnapshot();
    },
    send: (event) => actor.send(event)
  };
}
