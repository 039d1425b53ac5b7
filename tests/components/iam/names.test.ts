import { expect } from "chai";
import { ROLE_NAME_MAX } from "../../../components/iam/limits";
import { fitName, roleName as named } from "../../../components/iam/names";
import { AGENT_KIND } from "../../../components/agents/agentKind";

const ROLE_NAME_PREFIX = AGENT_KIND.rolePrefix;
/** An agent role's name, as the agent component names it. */
const roleName = (source: Parameters<typeof named>[0], suffix?: string) =>
    named(source, ROLE_NAME_PREFIX, suffix);
import { ArgumentError } from "../../../components/iam/argumentError";

const source = { project: "agents", stack: "prod", componentName: "support-agent" };

describe("names", () => {
    it("derives the role name from the prefix, the component name and a hash of project, stack and name", () => {
        const name = roleName(source);
        // The first 8 hex digits of sha256("agents\0prod\0support-agent"), as `sha256sum` gives them.
        expect(name).to.equal(`${ROLE_NAME_PREFIX}support-agent-2aeb4df2`);
    });

    it("gives the same role name on every run, and another for another project, stack or component name", () => {
        // Each the first 8 hex digits of sha256 of project, stack and component name joined by NUL,
        // as `sha256sum` gives them: a name fixed outside any run, that every run must give.
        expect(roleName({ ...source, stack: "dev" })).to.equal(`${ROLE_NAME_PREFIX}support-agent-1cc646f1`);
        expect(roleName({ ...source, project: "shop" })).to.equal(
            `${ROLE_NAME_PREFIX}support-agent-1ef58e6d`,
        );
        expect(roleName({ ...source, componentName: "billing-agent" })).to.equal(
            `${ROLE_NAME_PREFIX}billing-agent-000c2acb`,
        );
    });

    it("shortens a long component name so that the role name stays within 64 characters", () => {
        const long = roleName({
            ...source,
            componentName: "customer-support-agent-for-the-european-retail-division",
        });
        expect(long.length).to.be.at.most(ROLE_NAME_MAX.value);
        expect(long).to.match(/^AmazonBedrockExecutionRoleForAgents_customer-support-ag-[0-9a-f]{8}$/);
        const other = roleName({
            ...source,
            componentName: "customer-support-agent-for-the-asian-retail-division",
        });
        expect(other).to.not.equal(long);
    });

    it("replaces characters IAM rejects in a component name", () => {
        expect(roleName({ ...source, componentName: "support agent/eu" })).to.match(
            /^AmazonBedrockExecutionRoleForAgents_support-agent-eu-[0-9a-f]{8}$/,
        );
    });

    it("uses a user-chosen suffix verbatim, up to the 28 characters that fit", () => {
        expect(roleName(source, "support-prod")).to.equal("AmazonBedrockExecutionRoleForAgents_support-prod");
        const longest = "a".repeat(28);
        expect(roleName(source, longest)).to.have.length(64);
    });

    it("refuses a user-chosen suffix that does not fit or has characters IAM rejects", () => {
        expect(() => roleName(source, "a".repeat(29))).to.throw(
            ArgumentError,
            /^roleNameSuffix: .*1 to 28 characters/,
        );
        expect(() => roleName(source, "support agent")).to.throw(ArgumentError, /roleNameSuffix/);
        expect(() => roleName(source, "")).to.throw(ArgumentError, /roleNameSuffix/);
    });

    it("fits a name into a limit with a hash of the whole name, leaving short names unchanged", () => {
        expect(fitName("short", 10)).to.equal("short");
        const fitted = fitName("x".repeat(120), 100);
        expect(fitted).to.have.length(100);
        // The first 8 hex digits of sha256 of the whole 120-character name.
        expect(fitted).to.equal(`${"x".repeat(91)}-13f05a0b`);
    });
});
