/** A minimal typed event emitter: views subscribe to the live session's changes. */
export class Emitter<Events extends Record<string, unknown>> {
    private listeners = new Map<keyof Events, Set<(value: never) => void>>();

    /** Subscribes; returns the function that unsubscribes. */
    on<K extends keyof Events>(name: K, listener: (value: Events[K]) => void): () => void {
        let set = this.listeners.get(name);
        if (!set) {
            set = new Set();
            this.listeners.set(name, set);
        }
        set.add(listener as (value: never) => void);
        return () => set?.delete(listener as (value: never) => void);
    }

    protected emit<K extends keyof Events>(name: K, value: Events[K]): void {
        for (const listener of [...(this.listeners.get(name) ?? [])]) {
            (listener as (value: Events[K]) => void)(value);
        }
    }
}
