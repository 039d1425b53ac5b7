import { ArgumentError } from "../iam/argumentError";
import { arnFor, ArnRule, checkArn, parseArn } from "../iam/arn";
import type { ArnScope } from "../iam/awsEnvironment";

/** A foundation model, invoked on demand: its ARN has a region but no account. @internal */
export const FOUNDATION_MODEL: ArnRule = {
    service: "bedrock",
    resourcePrefix: "foundation-model/",
    resource: /^[a-z0-9-]+\.[a-zA-Z0-9][a-zA-Z0-9.:_-]{0,139}$/,
    scope: "region-only",
    exampleResource: "anthropic.claude-3-5-sonnet-20240620-v1:0",
};

/**
 * A system (cross-Region) inference profile id: a geography (`us`, `eu`, `apac`, `jp`, `au`, `ca`,
 * `us-gov`, ...) or `global`, then the id of the model it routes to.
 */
const PROFILE_ID = /^([a-z]{2,8}(?:-[a-z]{2,8})?)\.([a-z0-9-]+\.[a-zA-Z0-9][a-zA-Z0-9.:_-]{0,139})$/;

const EXAMPLE_PROFILE = "us.anthropic.claude-sonnet-4-20250514-v1:0";

/** A system inference profile, in the agent's region and account. @internal */
export const INFERENCE_PROFILE: ArnRule = {
    service: "bedrock",
    resourcePrefix: "inference-profile/",
    resource: PROFILE_ID,
    scope: "regional",
    exampleResource: EXAMPLE_PROFILE,
};

/** An application inference profile, which copies a model or a system profile. @internal */
export const APPLICATION_PROFILE: ArnRule = {
    service: "bedrock",
    resourcePrefix: "application-inference-profile/",
    resource: /^[a-z0-9]{1,64}$/,
    scope: "regional",
    exampleResource: "a1b2c3d4e5f6",
};

/**
 * Models invoked through an ARN of their own in the agent's account: Provisioned Throughput (how
 * custom models are served), models brought in with Custom Model Import, and on-demand
 * deployments of custom models.
 */
const OWN_MODELS = ["provisioned-model", "imported-model", "custom-model-deployment"] as const;

/** The kinds of model served from an ARN of the agent's own account. @internal */
export type OwnModelKind = (typeof OWN_MODELS)[number];

const ownModelRule = (kind: OwnModelKind): ArnRule => ({
    service: "bedrock",
    resourcePrefix: `${kind}/`,
    resource: /^[a-z0-9]{1,64}$/,
    scope: "regional",
    exampleResource: "a1b2c3d4e5f6",
});

/** What one entry of `foundationModels` names, recognised and checked. @internal */
export type ModelReference =
    | {
          kind: "foundation-model";
          argument: string;
          arn: string;
          /** The model's id, as `aws.bedrockfoundation.getModel` takes it. */
          modelId: string;
      }
    | {
          kind: "system-profile";
          argument: string;
          given: string;
          profileArn: string;
          /** `us`, `eu`, ..., or `global`. */
          geography: string;
          /** The id of the model the profile routes to. */
          modelId: string;
      }
    | { kind: "application-profile"; argument: string; given: string; profileArn: string }
    | { kind: OwnModelKind; argument: string; arn: string };

/** The forms `foundationModels` accepts, for errors. */
const FORMS =
    `a model id (${FOUNDATION_MODEL.exampleResource}), an inference profile id (${EXAMPLE_PROFILE}), ` +
    "or the ARN of a foundation model, an inference profile, an application inference profile, a " +
    "provisioned model, an imported model or a custom model deployment";

function systemProfile(argument: string, given: string, id: string, scope: ArnScope): ModelReference {
    const [, geography, modelId] = PROFILE_ID.exec(id) as RegExpExecArray;
    return {
        kind: "system-profile",
        argument,
        given,
        profileArn: arnFor(INFERENCE_PROFILE, scope, id),
        geography,
        modelId,
    };
}

function fromArn(argument: string, value: string, scope: ArnScope): ModelReference {
    const arn = parseArn(value);
    const [type, ...rest] = (arn?.resource ?? "").split("/");
    const id = rest.join("/");
    if (!arn || arn.service !== "bedrock") {
        throw new ArgumentError(
            argument,
            `"${value}" is not the ARN of a Bedrock model or inference profile`,
            FORMS,
        );
    }
    if (type === "foundation-model" && PROFILE_ID.test(id)) {
        throw new ArgumentError(
            argument,
            `"${value}" names inference profile ${id} as a foundation model; give the profile's id or its inference-profile ARN`,
            `${id} or ${arnFor(INFERENCE_PROFILE, scope, id)}`,
        );
    }
    if (type === "inference-profile" && !PROFILE_ID.test(id)) {
        throw new ArgumentError(
            argument,
            `"${value}" names ${id}, which is not an inference profile id; give the model's id or its foundation-model ARN`,
            `${id} or ${arnFor(FOUNDATION_MODEL, scope, id)}`,
        );
    }
    if (type === "custom-model") {
        throw new ArgumentError(
            argument,
            `"${value}" is a custom model, which is invoked through its Provisioned Throughput or its custom model deployment; give that ARN`,
            arnFor(ownModelRule("provisioned-model"), scope, "a1b2c3d4e5f6"),
        );
    }
    if (type === "foundation-model") {
        const modelId = checkArn(argument, value, FOUNDATION_MODEL, scope);
        return { kind: "foundation-model", argument, arn: arnFor(FOUNDATION_MODEL, scope, modelId), modelId };
    }
    if (type === "inference-profile") {
        return systemProfile(argument, value, checkArn(argument, value, INFERENCE_PROFILE, scope), scope);
    }
    if (type === "application-inference-profile") {
        const profileArn = arnFor(
            APPLICATION_PROFILE,
            scope,
            checkArn(argument, value, APPLICATION_PROFILE, scope),
        );
        return { kind: "application-profile", argument, given: value, profileArn };
    }
    if ((OWN_MODELS as readonly string[]).includes(type)) {
        const rule = ownModelRule(type as OwnModelKind);
        return {
            kind: type as OwnModelKind,
            argument,
            arn: arnFor(rule, scope, checkArn(argument, value, rule, scope)),
        };
    }
    throw new ArgumentError(argument, `"${value}" is not the ARN of a model Bedrock can invoke`, FORMS);
}

/**
 * Recognises what an entry of `foundationModels` names, as `aws.bedrock.AgentAgent.foundationModel`
 * takes it, and checks it against the agent's environment.
 * @throws ArgumentError naming `argument`, with the form that works when a value of one kind is
 *   written as another
 * @internal
 */
export function modelReference(argument: string, value: string, scope: ArnScope): ModelReference {
    if (value.startsWith("arn:")) {
        return fromArn(argument, value, scope);
    }
    if (PROFILE_ID.test(value)) {
        return systemProfile(argument, value, value, scope);
    }
    if (!FOUNDATION_MODEL.resource.test(value)) {
        throw new ArgumentError(
            argument,
            `"${value}" is neither a model id, an inference profile id nor an ARN`,
            FORMS,
        );
    }
    return {
        kind: "foundation-model",
        argument,
        arn: arnFor(FOUNDATION_MODEL, scope, value),
        modelId: value,
    };
}
