import { ComponentProvider } from "@pulumi/pulumi/provider/experimental";
import { expect } from "chai";
import * as path from "path";
import { AGENT_ARGUMENT_NAMES } from "../components/agents/agentArguments";
import { ArgumentError } from "../components/iam/argumentError";
import * as api from "../index";
import { BedrockAgentRole } from "../index";
import { ROLE_KINDS } from "../planner/roleKinds";
import { AGENTCORE_ARGS, planAgentCore, RUNTIME_PROFILES } from "./support/agentCoreFixtures";
import { minimalArgs } from "./support/fixtures";
import { plan } from "./support/plan";
import { installMocks } from "./support/pulumiMocks";
import { AGENTCORE_KINDS } from "../components/agentcore/agentCoreKinds";

interface Schema {
    name: string;
    resources: Record<
        string,
        { isComponent: boolean; inputProperties: Record<string, object>; properties: Record<string, object> }
    >;
    types: Record<string, { properties: Record<string, object>; required: string[] }>;
}

describe("schema (what Python, Go, C# and YAML users see)", function () {
    this.timeout(120000);
    let schema: Schema;

    before(async () => {
        const provider = new ComponentProvider({
            // Every kind's component, from the kind tables: a kind added is in the schema.
            components: Object.values(ROLE_KINDS).map(
                (kind) =>
                    (api as Record<string, unknown>)[
                        kind.type.split(":").pop() as string
                    ] as typeof BedrockAgentRole,
            ),
            dirname: path.resolve(__dirname, ".."),
            name: "bedrock-agent-role",
        });
        schema = JSON.parse(await provider.getSchema()) as Schema;
    });

    it("infers the component under its type token from the args interfaces, with no error", () => {
        expect(schema.name).to.equal("bedrock-agent-role");
        expect(schema.resources["bedrock-agent-role:index:BedrockAgentRole"].isComponent).to.equal(true);
    });

    it("infers every AgentCore component with exactly its declared arguments, each documented, and its outputs", () => {
        for (const family of Object.values(AGENTCORE_KINDS)) {
            const token = family.type.split(":").pop() as string;
            const resource = schema.resources[family.type];
            expect(resource.isComponent, token).to.equal(true);
            expect(Object.keys(resource.inputProperties).sort()).to.deep.equal(
                [...family.argumentNames].sort(),
            );
            const undocumented = Object.entries(resource.inputProperties)
                .filter(([, input]) => !(input as { description?: string }).description)
                .map(([name]) => name);
            expect(undocumented, token).to.deep.equal([]);
            expect(Object.keys(resource.properties)).to.include.members([
                "roleArn",
                "identityPolicy",
                "trustPolicy",
                family.nameArgument,
            ]);
        }
        expect(schema.types["bedrock-agent-role:index:CredentialProviderArgs"].required.sort()).to.deep.equal(
            ["provider", "secretArn"],
        );
    });

    it("exposes every argument as an input with its documentation", () => {
        const inputs = schema.resources["bedrock-agent-role:index:BedrockAgentRole"].inputProperties;
        const undocumented = AGENT_ARGUMENT_NAMES.filter(
            (name) => !(inputs[name] as { description?: string } | undefined)?.description,
        );
        expect(undocumented).to.deep.equal([]);
        expect(inputs.foundationModels).to.include({ type: "array", optional: true });
        expect(inputs.foundationModels)
            .to.have.property("description")
            .that.matches(/The models the agent invokes/);
        expect(inputs.actionGroups).to.deep.include({
            items: { $ref: "#/types/bedrock-agent-role:index:ActionGroupArgs", plain: true },
        });
    });

    it("refuses as unknown exactly the argument names the schema does not have, in every component", () => {
        const components: [string, (args: object) => unknown][] = [
            ["BedrockAgentRole", (args: object) => plan({ ...minimalArgs(), ...args })],
            ...Object.values(AGENTCORE_KINDS).map((entry): [string, (args: object) => unknown] => [
                entry.type.split(":").pop() as string,
                (args: object) => planAgentCore(entry.kind, { ...AGENTCORE_ARGS[entry.kind](), ...args }),
            ]),
        ];
        const inputsOf = (token: string) =>
            Object.keys(schema.resources[`bedrock-agent-role:index:${token}`].inputProperties);
        // The names the agent's check knows are the schema's.
        expect([...AGENT_ARGUMENT_NAMES].sort()).to.deep.equal(inputsOf("BedrockAgentRole").sort());
        const everyInput = components.flatMap(([token]) => inputsOf(token));
        for (const [token, planOf] of components) {
            const inputs = inputsOf(token);
            expect(inputs.length, token).to.be.greaterThan(5);
            const unknownError = (name: string): ArgumentError | undefined => {
                try {
                    planOf({ [name]: undefined });
                } catch (error) {
                    if (
                        ArgumentError.isArgumentError(error) &&
                        /is not a known argument/.test(error.message)
                    ) {
                        return error;
                    }
                }
                return undefined;
            };
            const refused = inputs.filter((name) => unknownError(name) !== undefined);
            expect(refused, `${token}: schema inputs refused as unknown`).to.deep.equal([]);
            // Near misses (a letter short) and the other components' arguments.
            const strangers = [
                ...new Set([...inputs.map((name) => name.slice(0, -1)), ...everyInput, "roleName"]),
            ].filter((name) => !inputs.includes(name));
            expect(strangers.length, token).to.be.greaterThan(inputs.length);
            const accepted = strangers.filter((name) => unknownError(name)?.argument !== name);
            expect(accepted, `${token}: names not in the schema accepted`).to.deep.equal([]);
        }
    });

    it("exposes the role, its ARN and name, both documents and the Lambda permissions as outputs", () => {
        const outputs = schema.resources["bedrock-agent-role:index:BedrockAgentRole"].properties;
        expect(Object.keys(outputs).sort()).to.deep.equal(
            [
                "callerPolicy",
                "deployerStatements",
                "foundationModel",
                "identityPolicy",
                "keyPolicyStatement",
                "keyPolicyStatements",
                "lambdaPermissions",
                "managedPolicies",
                "role",
                "roleArn",
                "roleName",
                "trustPolicy",
            ].sort(),
        );
        expect(outputs.role)
            .to.have.property("$ref")
            .that.matches(/aws:iam%2Frole:Role$/);
        expect(outputs.lambdaPermissions).to.deep.include({ type: "array" });
    });

    it("declares, on every component, exactly the outputs the one pipeline sets: none missing from the schema, none declared and never set", async () => {
        await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const valid: { [K in keyof typeof ROLE_KINDS]: unknown } = {
            agent: minimalArgs(),
            ...Object.fromEntries(Object.entries(AGENTCORE_ARGS).map(([kind, argsOf]) => [kind, argsOf()])),
        } as { [K in keyof typeof ROLE_KINDS]: unknown };
        for (const [tag, kind] of Object.entries(ROLE_KINDS)) {
            const Component = (api as Record<string, unknown>)[kind.type.split(":").pop() as string] as new (
                name: string,
                args: unknown,
            ) => object;
            const component = new Component(`schema-${tag}`, valid[tag as keyof typeof ROLE_KINDS]);
            // The component's own properties, Pulumi's bookkeeping (urn, __fields) aside.
            const set = Object.keys(component).filter((key) => !key.startsWith("__") && key !== "urn");
            const declared = Object.keys(schema.resources[kind.type].properties);
            expect(set.sort(), kind.type).to.deep.equal(declared.sort());
        }
    });

    it("describes the nested argument types, with the action group name required", () => {
        const group = schema.types["bedrock-agent-role:index:ActionGroupArgs"];
        expect(Object.keys(group.properties).sort()).to.deep.equal(["apiSchema", "lambdaFunction", "name"]);
        expect(group.required).to.deep.equal(["name"]);
        expect(
            Object.keys(schema.types["bedrock-agent-role:index:S3ObjectArgs"].properties).sort(),
        ).to.deep.equal(["arn", "bucket", "key"]);
        expect(schema.types["bedrock-agent-role:index:ThirdPartyKnowledgeBaseArgs"].required).to.deep.equal([
            "credentialsSecretArn",
        ]);
    });
});
