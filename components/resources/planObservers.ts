import type * as pulumi from "@pulumi/pulumi";
import type { AgentPermissionsPlan } from "../agents/agentPermissionsPlan";

/** A component's plan, as the component reports it while a program runs. @internal */
export interface ObservedPlan {
    /** The component's resource name. */
    name: string;
    /** The plan the component creates its resources from, once its inputs resolve. */
    plan: pulumi.Output<AgentPermissionsPlan>;
}

type Observer = (observed: ObservedPlan) => void;

/** How an observer wants the components it observes to plan. @internal */
export interface ObserverOptions {
    /** Answer lookups (inference profile destinations) from the tables: AWS cannot be asked. */
    lookupsFromTables?: boolean;
}

// On the global object, so that a planner and a program that load two copies of this package
// (one from the planner's folder, one from the program's) still meet.
const OBSERVERS = Symbol.for("bedrock-agent-role/plan-observers");

function observers(): Map<Observer, ObserverOptions> {
    const global = globalThis as { [OBSERVERS]?: Map<Observer, ObserverOptions> };
    global[OBSERVERS] ??= new Map();
    return global[OBSERVERS];
}

/**
 * Calls `observer` with the plan of every component constructed until the returned function is
 * called: how the offline plan reads exactly what a program's components would create.
 * @internal
 */
export function observePlans(observer: Observer, options: ObserverOptions = {}): () => void {
    observers().set(observer, options);
    return () => observers().delete(observer);
}

/** Whether an observer asked for lookups to be answered from the tables. @internal */
export function lookupsFromTables(): boolean {
    return [...observers().values()].some((options) => options.lookupsFromTables === true);
}

/** Hands a component's plan to every observer. @internal */
export function reportPlan(observed: ObservedPlan): void {
    observers().forEach((_, observer) => observer(observed));
}

// How the program being planned names its components' arguments to its users: the stack program
// names them as its config keys. On the global object for the same reason as the observers.
const ARGUMENT_NAMES = Symbol.for("bedrock-agent-role/argument-names");

type ArgumentNamer = (error: unknown) => unknown;

/**
 * Says how the running program names its components' arguments to its users, so that the offline
 * plan reports an invalid argument in those terms (the stack program: its config keys). Cleared by
 * passing nothing.
 * @internal
 */
export function nameArgumentsAs(namer?: ArgumentNamer): void {
    (globalThis as { [ARGUMENT_NAMES]?: ArgumentNamer })[ARGUMENT_NAMES] = namer;
}

/** An error about a component's argument, restated in the running program's terms. @internal */
export function inProgramTerms(error: unknown): unknown {
    const namer = (globalThis as { [ARGUMENT_NAMES]?: ArgumentNamer })[ARGUMENT_NAMES];
    return namer ? namer(error) : error;
}
