import type * as pulumi from "@pulumi/pulumi";

/** A component's plan, as the component reports it while a program runs. @internal */
export interface ObservedPlan<Plan = unknown> {
    /** The component's resource name. */
    name: string;
    /** The plan the component creates its resources from, once its inputs resolve. */
    plan: pulumi.Output<Plan>;
}

type Observer = (observed: ObservedPlan) => void;

// On the global object, so that a planner and a program that load two copies of this package
// (one from the planner's folder, one from the program's) still meet. Observers only read: no
// observer changes what a component grants or how it reports an error.
const OBSERVERS = Symbol.for("bedrock-agent-role/plan-observers");

function observers(): Set<Observer> {
    const global = globalThis as { [OBSERVERS]?: Set<Observer> };
    global[OBSERVERS] ??= new Set();
    return global[OBSERVERS];
}

/**
 * Calls `observer` with the plan of every component constructed until the returned function is
 * called: how the offline plan reads exactly what a program's components would create.
 * @internal
 */
export function observePlans(observer: Observer): () => void {
    observers().add(observer);
    return () => observers().delete(observer);
}

/** Hands a component's plan to every observer. @internal */
export function reportPlan(observed: ObservedPlan): void {
    observers().forEach((observer) => observer(observed));
}
