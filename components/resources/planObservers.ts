import type * as pulumi from "@pulumi/pulumi";
import type { AwsEnvironment } from "../iam/awsEnvironment";
import { isPlainContainer } from "../grants/grant";

/** A component's plan, as the component reports it while a program runs. @internal */
export interface ObservedPlan<Plan = unknown> {
    /** The component's resource name. */
    name: string;
    /** The plan the component creates its resources from, once its inputs resolve. */
    plan: pulumi.Output<Plan>;
    /**
     * The args the component was given, Outputs and promises included, as a frozen copy: an
     * observer cannot change the caller's args, nor what the component reads of them later.
     */
    args: unknown;
    /** Partition, account and region of the component's provider. */
    environment: pulumi.Output<AwsEnvironment>;
    /**
     * The plan the component makes of plain args in an environment, without Pulumi: how a reader
     * finds the grants that are known when some of the args are not.
     */
    planOf(args: unknown, environment: AwsEnvironment): Plan;
}

type Observer = (observed: ObservedPlan) => void;

// The one process-wide state of the components, on the global object so that a planner and a
// program that load two copies of this package (one from the planner's folder, one from the
// program's) still meet. Observers only read: they get the plan's Output, which they cannot change,
// and a frozen copy of the args; an observer that throws is ignored. So no observer, nor anything
// else that runs in the process, changes what a component grants, declares or how it reports an
// error (tests/components/resources/planObservers.test.ts).
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

/** Hands a component's plan to every observer; an observer's failure is its own. @internal */
export function reportPlan(observed: ObservedPlan): void {
    const view = Object.freeze({ ...observed, args: frozenCopy(observed.args) });
    observers().forEach((observer) => {
        try {
            observer(view);
        } catch {
            // An observer's failure must not become the component's.
        }
    });
}

/** A copy of the args' arrays and plain objects, frozen; Outputs and promises as they are. */
function frozenCopy(value: unknown): unknown {
    if (!isPlainContainer(value)) {
        return value;
    }
    const copy = Array.isArray(value)
        ? value.map(frozenCopy)
        : Object.fromEntries(Object.entries(value).map(([key, field]) => [key, frozenCopy(field)]));
    return Object.freeze(copy);
}
