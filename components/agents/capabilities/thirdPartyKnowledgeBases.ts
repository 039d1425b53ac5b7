import type * as pulumi from "@pulumi/pulumi";
import { mapArgument, optionalList, optionalString, stringArgument } from "../../iam/argumentTypes";
import { ArnRule, arnFor, checkArn } from "../../iam/arn";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import type { AgentCapability } from "../invokedFunctions";
import { KNOWLEDGE_BASE, knowledgeBaseArn, retrieveStatements } from "../../grants/knowledgeBases";

/** A knowledge base whose vector store is outside AWS (Pinecone, Redis Enterprise Cloud, ...). */
export interface ThirdPartyKnowledgeBaseArgs {
    /** ARN of the Secrets Manager secret that holds the vector store's credentials. */
    credentialsSecretArn: pulumi.Input<string>;
    /** Id or ARN of the knowledge base, when the agent also retrieves from it. */
    knowledgeBase?: pulumi.Input<string>;
}

/** Arguments of the third-party knowledge bases an agent may associate. */
export interface ThirdPartyKnowledgeBasesArgs {
    /** Knowledge bases stored in a third-party vector store, each with its credentials secret. */
    thirdPartyKnowledgeBases?: ThirdPartyKnowledgeBaseArgs[];
}

/** A Secrets Manager secret; its ARN ends with the six characters Secrets Manager appends. @internal */
export const SECRET: ArnRule = {
    service: "secretsmanager",
    resourcePrefix: "secret:",
    resource: /^[a-zA-Z0-9/_+=.@-]{1,512}-[a-zA-Z0-9]{6}$/,
    scope: "regional",
    exampleResource: "pinecone-credentials-AbC123",
};

/**
 * Third-party knowledge bases: `bedrock:AssociateThirdPartyKnowledgeBase`, which supports no
 * resource type, so it is scoped by the credentials secret instead; and, for each knowledge base
 * named, the same retrieval grants as {@link knowledgeBases}. Reading the secret belongs to the
 * knowledge base's own service role, not to the agent's.
 * @internal
 */
export const thirdPartyKnowledgeBases: AgentCapability<ThirdPartyKnowledgeBasesArgs> = {
    grant(args, context) {
        const example = `{ credentialsSecretArn: "${arnFor(SECRET, context, SECRET.exampleResource)}", knowledgeBase: "KB12345678" }`;
        const entries = optionalList(
            "thirdPartyKnowledgeBases",
            args.thirdPartyKnowledgeBases,
            `[${example}]`,
        ).map((item, i) =>
            mapArgument(
                `thirdPartyKnowledgeBases[${i}]`,
                item,
                ["credentialsSecretArn", "knowledgeBase"],
                example,
            ),
        );
        if (entries.length === 0) {
            return noGrants();
        }
        const knowledgeBaseArns = entries.flatMap((kb, i) => {
            const argument = `thirdPartyKnowledgeBases[${i}].knowledgeBase`;
            const id = optionalString(argument, kb.knowledgeBase, KNOWLEDGE_BASE.exampleResource);
            return id === undefined ? [] : [knowledgeBaseArn(argument, id, context)];
        });
        const secrets = entries.map((kb, i) => {
            const argument = `thirdPartyKnowledgeBases[${i}].credentialsSecretArn`;
            const secret = stringArgument(
                argument,
                kb.credentialsSecretArn,
                arnFor(SECRET, context, SECRET.exampleResource),
            );
            return arnFor(SECRET, context, checkArn(argument, secret, SECRET, context));
        });
        return {
            identity: [
                ...retrieveStatements(knowledgeBaseArns),
                statement({
                    Sid: "AssociateThirdPartyKnowledgeBases",
                    Effect: "Allow",
                    Action: ["bedrock:AssociateThirdPartyKnowledgeBase"],
                    Resource: ["*"],
                    Condition: {
                        StringEquals: {
                            "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": sortedUnique(secrets),
                        },
                    },
                }),
            ],
            keyPolicy: [],
            statementArguments: { AssociateThirdPartyKnowledgeBases: "thirdPartyKnowledgeBases" },
        };
    },
};
