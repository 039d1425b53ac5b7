// Pulumi hides a secret in outputs, never in what a component logs or throws: a value the program
// marks secret (pulumi.secret, a secret config value) is shown as [secret] in the component's
// warnings and argument errors, keeping what is not secret around it.
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { AgentCoreRuntimeRole, BedrockAgentRole } from "../../../index";
import { RUNTIME_PROFILES, runtimeArgs } from "../../support/agentCoreFixtures";
import { reportedArgumentError } from "../../support/argumentErrors";
import { loggedWarnings } from "../../support/componentRun";
import { minimalArgs } from "../../support/fixtures";
import { installMocks, settle } from "../../support/pulumiMocks";

describe("secrets in what a component logs and throws", () => {
    it("logs a warning about a runtime whose name is secret without the name", async () => {
        await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const warnings = await loggedWarnings(async () => {
            const runtime = new AgentCoreRuntimeRole("payroll-runtime", {
                ...runtimeArgs(),
                runtimeName: pulumi.secret("payroll_agent"),
                workloadAccessTokens: true,
                workloadAccessTokensForAnyUser: true,
            });
            await settle(runtime.roleArn);
        });
        expect(warnings.join("\n")).to.include("lets runtime [secret] mint tokens for any user id");
        expect(warnings.join("\n")).not.to.include("payroll_agent");
    });

    it("names the argument, not its secret value, in an AgentCore role's error", async () => {
        await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const error = await reportedArgumentError(
            () =>
                new AgentCoreRuntimeRole("payroll-runtime", {
                    ...runtimeArgs(),
                    runtimeName: pulumi.secret("payroll-agent"),
                }).roleArn,
        );
        expect(error.argument).to.equal("runtimeName");
        expect(error.message).to.include('"[secret]" is not a runtime name AgentCore accepts');
        expect(error.message).not.to.include("payroll-agent");
    });

    it("names the argument, not its secret value, in an agent role's error", async () => {
        await installMocks();
        const error = await reportedArgumentError(
            () =>
                new BedrockAgentRole("payroll-agent", {
                    ...minimalArgs(),
                    knowledgeBases: [pulumi.secret("payroll-kb-*")],
                }).roleArn,
        );
        expect(error.argument).to.equal("knowledgeBases[0]");
        expect(error.message).not.to.include("payroll-kb");
        expect(error.message).to.include("[secret]");
    });
});
