import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, optionalList, plainList } from "../../iam/argumentTypes";
import { s3ObjectArn, S3ObjectArgs, s3ObjectsStatement } from "../../grants/s3Objects";
import { noGrants } from "../../grants/grant";
import type { AgentCapability, InvokedFunction } from "../invokedFunctions";

/** An action group of the agent: the Lambda it calls and the S3 object holding its API schema. */
export interface ActionGroupArgs {
    /**
     * The action group's name, as given to `aws.bedrock.AgentAgentActionGroup`. It names the
     * group's Lambda permission, so it must be known when the program runs.
     */
    name: string;
    /**
     * Name or ARN of the Lambda function that executes the group's actions. The component adds a
     * resource-based permission letting Bedrock invoke it on behalf of the agent only.
     */
    lambdaFunction?: pulumi.Input<string>;
    /** The group's OpenAPI schema in S3, which the agent role may read. */
    apiSchema?: S3ObjectArgs;
}

/** Arguments of an agent's action groups. */
export interface ActionGroupsArgs {
    /** The agent's action groups, each with its Lambda and API schema. */
    actionGroups?: ActionGroupArgs[];
}

const ACTION_GROUP_NAME = /^([0-9a-zA-Z][_-]?){1,100}$/;
const EXAMPLE =
    '{ name: "lookup-orders", lambdaFunction: "lookup-orders-fn", apiSchema: { bucket: "agent-schemas", key: "orders.json" } }';
const FIELDS = ["name", "lambdaFunction", "apiSchema"];

function checkName(argument: string, name: unknown, seen: Set<string>): string {
    if (typeof name !== "string" || !ACTION_GROUP_NAME.test(name)) {
        const shown = typeof name === "string" ? `"${name}"` : "a value that is not a plain string";
        throw new ArgumentError(
            `${argument}.name`,
            `${shown} is not an action group name known when the program runs (1 to 100 letters and digits, single _ or - between them)`,
            "lookup-orders",
        );
    }
    if (seen.has(name)) {
        throw new ArgumentError(`${argument}.name`, `"${name}" names two action groups`, "lookup-orders");
    }
    seen.add(name);
    return name;
}

/**
 * Action groups: `s3:GetObject` on each API schema, in a bucket of the agent's account, and a
 * Lambda permission for each group's function, named by the group.
 * @internal
 */
export const actionGroups: AgentCapability<ActionGroupsArgs> = {
    invokedFunctions(args): InvokedFunction[] {
        const seen = new Set<string>();
        return plainList("actionGroups", args.actionGroups, `[${EXAMPLE}]`).flatMap((item, index) => {
            const argument = `actionGroups[${index}]`;
            const group = mapArgument(argument, item, FIELDS, EXAMPLE);
            const name = checkName(argument, group.name, seen);
            if (group.lambdaFunction === undefined && group.apiSchema === undefined) {
                throw new ArgumentError(
                    argument,
                    `action group "${name}" grants nothing: it has neither a lambdaFunction nor an apiSchema`,
                    EXAMPLE,
                );
            }
            return group.lambdaFunction === undefined
                ? []
                : [{ key: name, argument: `${argument}.lambdaFunction`, value: group.lambdaFunction }];
        });
    },
    grant(args, context) {
        const schemas = optionalList("actionGroups", args.actionGroups, `[${EXAMPLE}]`).flatMap((item, i) => {
            const group = mapArgument(`actionGroups[${i}]`, item, FIELDS, EXAMPLE);
            return group.apiSchema === undefined
                ? []
                : [s3ObjectArn(`actionGroups[${i}].apiSchema`, group.apiSchema, context)];
        });
        if (schemas.length === 0) {
            return noGrants();
        }
        return {
            identity: [s3ObjectsStatement("ReadActionGroupApiSchemas", ["s3:GetObject"], schemas, context)],
            keyPolicy: [],
        };
    },
};
