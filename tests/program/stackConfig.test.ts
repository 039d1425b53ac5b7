import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { AGENT_ARGUMENTS } from "../../components/agents/agentArguments";
import { AGENT_CONFIG_KEYS } from "../../program/agentConfig";
import { agentCoreConfigKeys } from "../../program/agentCoreConfig";
import { roleFromConfig, STACK_CONFIG_KEYS } from "../../program/stackConfig";
import { argumentErrorFrom } from "../support/argumentErrors";
import { configSource } from "../support/configSource";
import { GATEWAY_KEY, OAUTH_SECRET } from "../support/agentCoreFixtures";

const read = (values: Record<string, unknown>) =>
    roleFromConfig(configSource(values), "proj", Object.keys(values));
const failure = (values: Record<string, unknown>) => argumentErrorFrom(() => read(values));
const KINDS = Object.keys(AGENTCORE_KINDS) as AgentCoreKind[];

describe("stackConfig (which role the stack's config declares)", () => {
    it("declares an agent's role unless roleKind names an AgentCore kind, whose keys set the component of its kind", () => {
        expect(read({ foundationModels: ["amazon.nova-pro-v1:0"] }).kind).to.equal("agent");
        const runtime = read({
            roleKind: "runtime",
            runtimeName: "support_agent",
            containerRepository: "support-agent",
            foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0"],
            oauthProviders: [{ provider: "github", secretArn: OAUTH_SECRET }],
            observability: false,
            trustPolicySize: 4096,
        });
        expect(runtime).to.deep.equal({
            kind: "runtime",
            name: "support_agent",
            args: {
                runtimeName: "support_agent",
                containerRepository: "support-agent",
                foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0"],
                oauthProviders: [{ provider: "github", secretArn: OAUTH_SECRET }],
                observability: false,
                quotas: { trustPolicySize: 4096 },
            },
        });
        const gateway = read({
            roleKind: "gateway",
            gatewayName: "support-gateway",
            lambdaTargets: ["orders-fn"],
            customerEncryptionKey: GATEWAY_KEY,
        });
        expect(gateway).to.deep.equal({
            kind: "gateway",
            name: "support-gateway",
            args: {
                gatewayName: "support-gateway",
                lambdaTargets: ["orders-fn"],
                customerEncryptionKey: GATEWAY_KEY,
            },
        });
    });

    it("names each AgentCore kind's component after the resource its role is for, checked as AgentCore names it", () => {
        for (const kind of KINDS) {
            const entry = AGENTCORE_KINDS[kind];
            const role = read({ roleKind: kind, [entry.nameArgument]: entry.names.example });
            expect(role, kind).to.deep.include({ kind, name: entry.names.example });
            const missing = failure({ roleKind: kind });
            expect(missing.argument, kind).to.equal(`proj:${entry.nameArgument}`);
            expect(missing.message, kind).to.match(/is required: the name of the .* the role is for/);
            const wrong = failure({ roleKind: kind, [entry.nameArgument]: "no spaces allowed" });
            expect(wrong.argument, kind).to.equal(`proj:${entry.nameArgument}`);
            expect(wrong.message, kind).to.match(/is not an? .* name AgentCore accepts/);
        }
    });

    it("refuses a roleKind it does not know, naming the key, the closest kind and every kind", () => {
        const error = failure({ roleKind: "runtimes" });
        expect(error.argument).to.equal("proj:roleKind");
        expect(error.message).to.match(
            /"runtimes" is not a role kind of this program; did you mean runtime\?/,
        );
        expect(error.message).to.include(`known: agent, ${KINDS.join(", ")}`);
        expect(failure({ roleKind: ["runtime"] }).argument).to.equal("proj:roleKind");
    });

    it("refuses a key of another kind, saying whose key it is, and an AgentCore role's account and region, saying where they come from", () => {
        const agentKey = failure({
            roleKind: "memory",
            memoryName: "support_memory",
            agentIds: ["AGENT12345"],
        });
        expect(agentKey.argument).to.equal("proj:agentIds");
        expect(agentKey.message).to.match(
            /is not a config key of an AgentCore memory role \(roleKind: memory\): it is one of an agent role's/,
        );
        const runtimeKey = failure({
            roleKind: "agent",
            foundationModels: ["amazon.nova-pro-v1:0"],
            runtimeName: "support_agent",
        });
        expect(runtimeKey.message).to.match(
            /^proj:runtimeName: is not a config key of an agent role \(roleKind: agent\): it is one of an AgentCore runtime role's/,
        );
        const unset = failure({ runtimeName: "support_agent", memories: ["m-AbCdE12345"] });
        expect(unset.message).to.match(
            /^proj:roleKind: is not set, so the stack declares an agent role, which does not read runtimeName: set it to the kind whose key runtimeName is \(runtime\)/,
        );
        expect(unset.example).to.equal("runtime");
        expect(failure({ roleKind: "runtime", runtimeName: "a", account: "123456789012" }).message).to.match(
            /account is its provider's \(pin it with aws:allowedAccountIds\)/,
        );
        expect(failure({ roleKind: "browser", browserName: "b", region: "us-east-1" }).message).to.match(
            /region is its provider's \(aws:region\)/,
        );
        expect(failure({ roleKind: "runtime", runtimeName: "a", memorie: ["m"] }).message).to.match(
            /^proj:memorie: is not a config key of this program; did you mean memories\? \(keys of an AgentCore runtime role: runtimeName, /,
        );
    });

    it("refuses a key named like a property every object inherits, which a lookup with `in` would take for a known key", () => {
        for (const key of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
            for (const kind of ["agent", "runtime"]) {
                const error = failure({ roleKind: kind, runtimeName: "a", [key]: "x" });
                expect(error.argument, `${kind} ${key}`).to.equal(
                    kind === "agent" ? "proj:runtimeName" : `proj:${key}`,
                );
            }
            expect(failure({ [key]: "x" }).argument, key).to.equal(`proj:${key}`);
        }
    });

    it("has a key for every argument of every AgentCore kind but tags, the quotas standing for their fields", () => {
        for (const kind of KINDS) {
            const keys = Object.keys(agentCoreConfigKeys(AGENTCORE_KINDS[kind] as never));
            const covered = keys.map((key) =>
                ["trustPolicySize", "managedPoliciesPerRole"].includes(key) ? "quotas" : key,
            );
            const arguments_ = Object.keys(AGENTCORE_KINDS[kind].arguments);
            expect(
                arguments_.filter((argument) => !covered.includes(argument)),
                kind,
            ).to.deep.equal(["tags"]);
        }
    });

    it("gives a key of one name the same kind of value in every role kind, so one Pulumi.yaml declares it", () => {
        const tables = [
            AGENT_CONFIG_KEYS,
            ...KINDS.map((kind) => agentCoreConfigKeys(AGENTCORE_KINDS[kind] as never)),
        ];
        for (const [key, kind] of Object.entries(STACK_CONFIG_KEYS).filter(([key]) => key !== "roleKind")) {
            const kinds = tables.flatMap((table) => (table[key] ? [table[key].kind] : []));
            expect(kinds.length, key).to.be.greaterThan(0);
            expect([...new Set(kinds)], key).to.deep.equal([kind]);
        }
        expect(
            Object.keys(AGENT_ARGUMENTS).every(
                (name) =>
                    name in STACK_CONFIG_KEYS ||
                    ["tags", "partition", "quotas", "thirdPartyKnowledgeBases"].includes(name),
            ),
        ).to.equal(true);
    });
});

describe("Pulumi.yaml's config declaration", () => {
    const TYPES: Record<string, string> = {
        string: "string",
        boolean: "boolean",
        integer: "integer",
        strings: "array",
    };

    it("declares, with its type, exactly the config keys whose values Pulumi's project schema can describe", () => {
        const project = parse(fs.readFileSync(path.resolve(__dirname, "../../Pulumi.yaml"), "utf8")) as {
            config: Record<string, { type: string; items?: { type: string } }>;
        };
        const declared = Object.fromEntries(
            Object.entries(project.config).map(([key, value]) => [
                key,
                value.type === "array" ? `array of ${value.items?.type}` : value.type,
            ]),
        );
        const expected = Object.fromEntries(
            Object.entries(STACK_CONFIG_KEYS).flatMap(([key, kind]) =>
                kind in TYPES ? [[key, kind === "strings" ? "array of string" : TYPES[kind]]] : [],
            ),
        );
        expect(declared).to.deep.equal(expected);
    });

    it("names in a comment each config key whose structure Pulumi's project schema cannot describe", () => {
        const text = fs.readFileSync(path.resolve(__dirname, "../../Pulumi.yaml"), "utf8");
        const comments = text
            .split("\n")
            .filter((line) => line.trim().startsWith("#"))
            .join("\n");
        const structured = Object.entries(STACK_CONFIG_KEYS)
            .filter(([, kind]) => !(kind in TYPES))
            .map(([key]) => key);
        expect(structured.filter((key) => !comments.includes(key))).to.deep.equal([]);
    });

    it("gives no key a default: Pulumi applies a project's defaults to every stack, where a key another kind does not read would be refused", () => {
        const project = parse(fs.readFileSync(path.resolve(__dirname, "../../Pulumi.yaml"), "utf8")) as {
            config: Record<string, { default?: unknown; description?: string }>;
        };
        expect(Object.keys(project.config).filter((key) => "default" in project.config[key])).to.deep.equal(
            [],
        );
        expect(
            Object.keys(project.config).filter((key) => !(project.config[key].description ?? "").trim()),
        ).to.deep.equal([]);
    });

    it("says of each key, declared or in a comment, exactly which role kinds read it", () => {
        const file = fs.readFileSync(path.resolve(__dirname, "../../Pulumi.yaml"), "utf8");
        const declared = (parse(file) as { config: Record<string, { description: string }> }).config;
        const comments = file
            .split("\n")
            .filter((line) => line.trim().startsWith("#"))
            .map((line) => line.trim().replace(/^#\s*/, ""))
            .join(" ");
        const tables: Record<string, Record<string, unknown>> = {
            agent: AGENT_CONFIG_KEYS,
            ...Object.fromEntries(
                KINDS.map((kind) => [kind, agentCoreConfigKeys(AGENTCORE_KINDS[kind] as never)]),
            ),
        };
        for (const key of Object.keys(STACK_CONFIG_KEYS).filter((key) => key !== "roleKind")) {
            const readers = Object.keys(tables).filter((kind) => key in tables[kind]);
            const said =
                readers.length === Object.keys(tables).length
                    ? "(every roleKind)"
                    : `(roleKind: ${readers.join(", ")})`;
            const told = declared[key]
                ? declared[key].description.endsWith(said)
                : comments.includes(`bedrock-agent-role:${key} ${said}:`);
            expect(told, `${key} ${said}`).to.equal(true);
        }
    });
});
