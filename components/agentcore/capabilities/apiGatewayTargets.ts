import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, optionalList, stringArgument } from "../../iam/argumentTypes";
import { arnFor, ArnRule } from "../../iam/arn";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The methods and path of a REST API a gateway target exposes, as its tool filter names them. */
export interface ApiGatewayToolFilterArgs {
    /**
     * The resource path, as the API defines it: `/pets`, `/pets/{petId}` (a path parameter matches
     * any value), or `/pets/*` (every path below `/pets/`, when the target's tool filter says so).
     */
    filterPath: pulumi.Input<string>;
    /** The HTTP methods exposed on that path, in upper case: `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD`, `OPTIONS`. */
    methods: pulumi.Input<pulumi.Input<string>[]>;
}

/** An Amazon API Gateway REST API stage a gateway target reaches with the gateway's role. */
export interface ApiGatewayTargetArgs {
    /** The REST API's id (`a1b2c3d4e5`): in the gateway's account and Region, as AgentCore requires. */
    restApiId: pulumi.Input<string>;
    /** The stage (`prod`). */
    stage: pulumi.Input<string>;
    /** The methods and paths the target exposes: its `apiGatewayToolConfiguration.toolFilters`. */
    toolFilters: pulumi.Input<pulumi.Input<ApiGatewayToolFilterArgs>[]>;
}

/** The API Gateway targets the gateway signs its requests to with its role. */
export interface ApiGatewayTargetsArgs {
    /**
     * REST API targets whose methods use `AWS_IAM` authorization, reached with the gateway's role:
     * `execute-api:Invoke` on each method and path of each stage named, nothing else of the API.
     */
    apiGatewayTargets?: pulumi.Input<pulumi.Input<ApiGatewayTargetArgs>[]>;
}

/** API Gateway's execution ARNs: `<apiId>/<stage>/<METHOD>/<path>` (SAR, execute-api-general). */
const EXECUTE_API: ArnRule = {
    service: "execute-api",
    resourcePrefix: "",
    resource: /^[a-z0-9]{10}\/.+$/,
    scope: "regional",
    exampleResource: "a1b2c3d4e5/prod/GET/pets",
};

const EXAMPLE =
    '[{ restApiId: "a1b2c3d4e5", stage: "prod", toolFilters: [{ filterPath: "/pets/{petId}", methods: ["GET"] }] }]';
const FILTER_EXAMPLE = '{ filterPath: "/pets/{petId}", methods: ["GET"] }';
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
/** REST API ids are ten lower-case letters and digits. */
const REST_API_ID = /^[a-z0-9]{10}$/;
/** Stage names: letters, digits, `-` and `_`, up to 128 (API Gateway CreateStage). */
const STAGE = /^[a-zA-Z0-9_-]{1,128}$/;
/** A path segment: literal characters API Gateway accepts in a resource path, or `{parameter}`, or `*`. */
const SEGMENT = /^([a-zA-Z0-9._~-]+|\{[a-zA-Z0-9._-]+\}|\*)$/;

/** The path as the execution ARN names it: no leading `/`, each `{parameter}` as `*`. */
function arnPath(argument: string, value: unknown): string {
    const path = stringArgument(argument, value, '"/pets/{petId}"');
    if (path === "/") {
        return "";
    }
    const segments = path.split("/");
    if (segments[0] !== "" || segments.slice(1).some((segment) => !SEGMENT.test(segment))) {
        throw new ArgumentError(
            argument,
            `"${path}" is not a REST API resource path: "/" and segments of letters, digits, ".", "_", "-", "~", a {parameter} or * (AgentCore does not support {proxy+})`,
            '"/pets/{petId}"',
        );
    }
    return segments
        .slice(1)
        .map((segment) => (segment.startsWith("{") ? "*" : segment))
        .join("/");
}

/** The execution ARNs one tool filter names: one per method. */
function filterArns(argument: string, value: unknown, stagePrefix: string): string[] {
    const fields = mapArgument(argument, value, ["filterPath", "methods"], FILTER_EXAMPLE);
    const path = arnPath(`${argument}.filterPath`, fields.filterPath);
    const methods = optionalList(`${argument}.methods`, fields.methods, '["GET"]');
    if (methods.length === 0) {
        throw new ArgumentError(`${argument}.methods`, "names no method", '["GET"]');
    }
    return methods.map((method, i) => {
        if (typeof method !== "string" || !METHODS.includes(method)) {
            throw new ArgumentError(
                `${argument}.methods[${i}]`,
                `must be one of ${METHODS.join(", ")}, in upper case`,
                '"GET"',
            );
        }
        return `${stagePrefix}/${method}/${path}`;
    });
}

/** The execution ARNs of one target: its API, stage and each method and path it exposes. */
function targetArns(argument: string, value: unknown): string[] {
    const fields = mapArgument(argument, value, ["restApiId", "stage", "toolFilters"], EXAMPLE);
    const checked = (field: "restApiId" | "stage", pattern: RegExp, what: string, example: string) => {
        const given = stringArgument(`${argument}.${field}`, fields[field], example);
        if (!pattern.test(given)) {
            throw new ArgumentError(`${argument}.${field}`, `"${given}" is not ${what}`, example);
        }
        return given;
    };
    const api = checked(
        "restApiId",
        REST_API_ID,
        "a REST API id (ten lower-case letters and digits)",
        '"a1b2c3d4e5"',
    );
    const stage = checked("stage", STAGE, "a stage name (letters, digits, - and _)", '"prod"');
    const filters = optionalList(`${argument}.toolFilters`, fields.toolFilters, `[${FILTER_EXAMPLE}]`);
    if (filters.length === 0) {
        throw new ArgumentError(`${argument}.toolFilters`, "names no method and path", `[${FILTER_EXAMPLE}]`);
    }
    return filters.flatMap((filter, i) =>
        filterArns(`${argument}.toolFilters[${i}]`, filter, `${api}/${stage}`),
    );
}

/**
 * API Gateway targets: `execute-api:Invoke` on `<apiId>/<stage>/<METHOD>/<path>` for exactly the
 * methods and paths named, in the gateway's account and Region (AgentCore's API Gateway target
 * page grants the whole stage, `<apiId>/<stage>/*\/*`).
 * @internal
 */
export const apiGatewayTargets: AgentCoreCapability<ApiGatewayTargetsArgs> = {
    grant(args, context) {
        const resources = optionalList("apiGatewayTargets", args.apiGatewayTargets, EXAMPLE).flatMap(
            (target, i) => targetArns(`apiGatewayTargets[${i}]`, target),
        );
        if (resources.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "InvokeApiGatewayTargets",
                    Effect: "Allow",
                    Action: ["execute-api:Invoke"],
                    Resource: sortedUnique(
                        resources.map((resource) => arnFor(EXECUTE_API, context, resource)),
                    ),
                }),
            ],
            keyPolicy: [],
        };
    },
};
