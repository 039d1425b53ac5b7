import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../iam/argumentTypes";
import { ArnRule, idOrArn } from "../iam/arn";
import { IdentityStatement, sortedUnique, statement } from "../iam/policyDocument";
import { Capability, GrantContext, noGrants } from "./grant";

/** Arguments of the Bedrock knowledge bases an agent may query. */
export interface KnowledgeBasesArgs {
    /** Knowledge bases the agent may query, as ids (`KB12345678`) or ARNs. */
    knowledgeBases?: pulumi.Input<pulumi.Input<string>[]>;
}

/** A Bedrock knowledge base. @internal */
export const KNOWLEDGE_BASE: ArnRule = {
    service: "bedrock",
    resourcePrefix: "knowledge-base/",
    resource: /^[0-9a-zA-Z]{10}$/,
    scope: "regional",
    exampleResource: "KB12345678",
};

/**
 * The statements that let the role query `knowledgeBaseArns`: `bedrock:Retrieve` on them, and
 * `bedrock:RetrieveAndGenerate`, which supports no resource type, so IAM authorizes it against
 * `*`; it still reaches only the knowledge bases the role may retrieve from and the models it may
 * invoke. Shared with {@link thirdPartyKnowledgeBases}, whose identical statements merge with these.
 * @internal
 */
export function retrieveStatements(knowledgeBaseArns: string[]): IdentityStatement[] {
    if (knowledgeBaseArns.length === 0) {
        return [];
    }
    return [
        statement({
            Sid: "RetrieveFromKnowledgeBases",
            Effect: "Allow",
            Action: ["bedrock:Retrieve"],
            Resource: sortedUnique(knowledgeBaseArns),
        }),
        statement({
            Sid: "RetrieveAndGenerate",
            Effect: "Allow",
            Action: ["bedrock:RetrieveAndGenerate"],
            Resource: ["*"],
        }),
    ];
}

/** The ARN of a knowledge base given by id or ARN. @internal */
export function knowledgeBaseArn(argument: string, value: string, context: GrantContext): string {
    return idOrArn(argument, value, KNOWLEDGE_BASE, context);
}

/**
 * Knowledge bases: `bedrock:Retrieve` on each, and `bedrock:RetrieveAndGenerate`.
 * @internal
 */
export const knowledgeBases: Capability<KnowledgeBasesArgs> = {
    grant(args, context) {
        const ids = optionalStrings("knowledgeBases", args.knowledgeBases, KNOWLEDGE_BASE.exampleResource);
        const arns = ids.map((kb, i) => knowledgeBaseArn(`knowledgeBases[${i}]`, kb, context));
        return arns.length === 0 ? noGrants() : { identity: retrieveStatements(arns), keyPolicy: [] };
    },
};
