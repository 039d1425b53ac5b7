// Who uses the memory: the callers' policy, for the principals that write and read its events and
// records (an agent's code, an application). Actions and condition keys: the Service Authorization
// Reference's memory data plane (agentcore-iam-facts-2.md, facts-24 §6): actorId and sessionId
// exist on the event actions only (ListSessions: actorId), namespace on retrieving, listing and
// batch-writing records; the other actions have no key and are granted only when asked.
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, matchingStrings, optionalBoolean } from "../../iam/argumentTypes";
import { Conditions, IdentityStatement, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { s3ObjectsStatement } from "../../grants/s3Objects";
import { agentCoreArn, AgentCoreContext } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { CALLER_SOURCE_FIELDS, callerSourceCondition, CallerSourcesArgs } from "./callerSources";
import { SelfManagedStrategiesArgs, strategyBuckets } from "./selfManagedStrategies";

/** What the memory's callers do: the component's `callerPolicy` grants it. */
export interface MemoryCallerPolicyArgs extends CallerSourcesArgs {
    /**
     * Short-term memory: `CreateEvent`, `GetEvent`, `ListEvents` and `ListSessions`. Default
     * true.
     */
    events?: pulumi.Input<boolean>;
    /** Deleting events too (`DeleteEvent`). Default false. */
    deleteEvents?: pulumi.Input<boolean>;
    /**
     * Long-term memory: `RetrieveMemoryRecords`, `ListMemoryRecords`, and `GetMemoryRecord` unless
     * `namespaces` narrows them (IAM has no namespace key on it). Default false.
     */
    records?: pulumi.Input<boolean>;
    /**
     * Deleting records (`DeleteMemoryRecord`, `BatchDeleteMemoryRecords`): IAM has no key on them,
     * so any record of the memory, whatever `namespaces` says. Default false.
     */
    deleteRecords?: pulumi.Input<boolean>;
    /** Listing the memory's actors (`ListActors`): IAM has no key on it, so every actor. Default false. */
    listActors?: pulumi.Input<boolean>;
    /**
     * The pipeline of the memory's self-managed strategies: reading their payloads from the
     * strategies' buckets (pinned to the account) and writing the records it extracts
     * (`BatchCreateMemoryRecords`, `BatchUpdateMemoryRecords`, `BatchDeleteMemoryRecords`, and the
     * record reads consolidation needs), as AgentCore's self-managed strategy page asks. Default false.
     */
    selfManagedPipeline?: pulumi.Input<boolean>;
    /** Only events of these actors (`bedrock-agentcore:actorId`, exactly). */
    actorIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** Only events of these sessions (`bedrock-agentcore:sessionId`, exactly). */
    sessionIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** Only records of these namespaces (`bedrock-agentcore:namespace`, exactly, such as `/users/user-1/`). */
    namespaces?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The callers of the memory. */
export interface MemoryCallersArgs {
    /** Who uses the memory, and how: the component then outputs `callerPolicy`. */
    callers?: pulumi.Input<MemoryCallerPolicyArgs>;
}

const FIELDS: (keyof MemoryCallerPolicyArgs)[] = [
    "events",
    "deleteEvents",
    "records",
    "deleteRecords",
    "listActors",
    "selfManagedPipeline",
    "actorIds",
    "sessionIds",
    "namespaces",
    ...CALLER_SOURCE_FIELDS,
];
const EXAMPLE = '{ actorIds: ["user-1"], records: true, namespaces: ["/users/user-1/"] }';

/** Values an exact condition compares: the API's own forms, no IAM wildcard or variable. */
const VALUES = {
    actorIds: {
        key: "bedrock-agentcore:actorId",
        pattern: /^[a-zA-Z0-9][a-zA-Z0-9\-_/:]{0,254}$/,
        example: "user-1",
    },
    sessionIds: {
        key: "bedrock-agentcore:sessionId",
        pattern: /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,99}$/,
        example: "session-1",
    },
    namespaces: {
        key: "bedrock-agentcore:namespace",
        pattern: /^[a-zA-Z0-9\-_/]{1,1024}$/,
        example: "/users/user-1/",
    },
};

/** The exact values one narrowing field gives, checked; empty when absent. */
function narrowing(given: Record<string, unknown>, field: keyof typeof VALUES): string[] {
    const { pattern, example } = VALUES[field];
    return matchingStrings(
        `callers.${field}`,
        given[field],
        pattern,
        "a value IAM can compare exactly",
        example,
    );
}

/**
 * The memory's callers: the data-plane actions asked on the memory's ids, each narrowed by the
 * keys IAM has for it, in the callers' policy; nothing on the role.
 * @internal
 */
export const memoryCallers: AgentCoreCapability<MemoryCallersArgs & SelfManagedStrategiesArgs> = {
    grant(args, context) {
        if (args.callers === undefined) {
            return noGrants();
        }
        const given = mapArgument("callers", args.callers, FIELDS, EXAMPLE);
        const flag = (field: keyof MemoryCallerPolicyArgs, fallback = false) =>
            optionalBoolean(`callers.${field}`, given[field]) ?? fallback;
        const narrowed = Object.fromEntries(
            (Object.keys(VALUES) as (keyof typeof VALUES)[]).map((field) => [field, narrowing(given, field)]),
        ) as Record<keyof typeof VALUES, string[]>;
        const sources = callerSourceCondition(given, "callers");
        /** The condition of a statement whose actions carry `keys`: each narrowing given, and the sources. */
        const when = (...fields: (keyof typeof VALUES)[]): Conditions | undefined => {
            const exact = Object.fromEntries(
                fields.flatMap((field) =>
                    narrowed[field].length > 0 ? [[VALUES[field].key, narrowed[field]]] : [],
                ),
            );
            const equals = { ...exact, ...(sources?.StringEquals ?? {}) };
            return Object.keys(equals).length > 0 ? { StringEquals: equals } : undefined;
        };
        const memory = agentCoreArn(context, `memory/${context.resourceIds}`);
        const on = (sid: string, actions: string[], condition?: Conditions): IdentityStatement =>
            statement({
                Sid: sid,
                Effect: "Allow",
                Action: actions.map((action) => `bedrock-agentcore:${action}`),
                Resource: [memory],
                ...(condition ? { Condition: condition } : {}),
            });
        const events = flag("events", true);
        const records = flag("records");
        const byNamespace = narrowed.namespaces.length > 0;
        const callers = [
            ...(events || flag("deleteEvents")
                ? [
                      on(
                          "UseMemoryEvents",
                          [
                              ...(events ? ["CreateEvent", "GetEvent", "ListEvents"] : []),
                              ...(flag("deleteEvents") ? ["DeleteEvent"] : []),
                          ],
                          when("actorIds", "sessionIds"),
                      ),
                  ]
                : []),
            ...(events ? [on("ListMemorySessions", ["ListSessions"], when("actorIds"))] : []),
            ...(flag("listActors") ? [on("ListMemoryActors", ["ListActors"], when())] : []),
            ...(records
                ? [
                      on(
                          "RetrieveMemoryRecords",
                          ["ListMemoryRecords", "RetrieveMemoryRecords"],
                          when("namespaces"),
                      ),
                  ]
                : []),
            ...(records && !byNamespace ? [on("GetMemoryRecords", ["GetMemoryRecord"], when())] : []),
            ...(flag("deleteRecords")
                ? [on("DeleteMemoryRecords", ["BatchDeleteMemoryRecords", "DeleteMemoryRecord"], when())]
                : []),
        ];
        if (callers.length === 0 && !flag("selfManagedPipeline")) {
            throw new ArgumentError(
                "callers",
                "grants nothing: events is false and nothing else is asked",
                "{ events: true } or { records: true }",
            );
        }
        const pipeline = flag("selfManagedPipeline") ? selfManagedPipeline(args, context, on, when) : [];
        const warnings =
            flag("deleteRecords") && byNamespace
                ? [
                      "callers.deleteRecords lets the callers delete any record of the memory: IAM has no namespace key on DeleteMemoryRecord and BatchDeleteMemoryRecords",
                  ]
                : [];
        return { identity: [], keyPolicy: [], callers: [...callers, ...pipeline], warnings };
    },
};

/** The self-managed pipeline's statements: its payloads, and the records it writes. */
function selfManagedPipeline(
    args: { selfManagedStrategies?: unknown },
    context: AgentCoreContext,
    on: (sid: string, actions: string[], condition?: Conditions) => IdentityStatement,
    when: () => Conditions | undefined,
): IdentityStatement[] {
    const buckets = strategyBuckets(args, context);
    if (buckets.length === 0) {
        throw new ArgumentError(
            "callers.selfManagedPipeline",
            "is asked, but the memory has no selfManagedStrategies whose payloads the pipeline reads",
            '{ selfManagedStrategies: [{ topicArn: "arn:aws:sns:us-east-1:123456789012:memory-extraction", bucket: "memory-payloads" }] }',
        );
    }
    return [
        on(
            "WriteStrategyRecords",
            [
                "BatchCreateMemoryRecords",
                "BatchDeleteMemoryRecords",
                "BatchUpdateMemoryRecords",
                "GetMemoryRecord",
                "ListMemoryRecords",
                "RetrieveMemoryRecords",
            ],
            when(),
        ),
        s3ObjectsStatement(
            "ReadStrategyPayloads",
            ["s3:GetObject"],
            buckets.map((bucket) => `${bucket}/*`),
            context,
        ),
    ];
}
