import { expect } from "chai";
import * as api from "../index";

describe("public API (index.ts)", () => {
    it("exports exactly the deliberate runtime API: the components, their plans, their error and the helpers a plan's user needs", () => {
        expect(Object.keys(api).sort()).to.deep.equal(
            [
                "AgentCoreBrowserRole",
                "AgentCoreCodeInterpreterRole",
                "AgentCoreGatewayRole",
                "AgentCoreRuntimeRole",
                "planAgentCoreBrowserRole",
                "planAgentCoreCodeInterpreterRole",
                "planAgentCoreGatewayRole",
                "planAgentCoreRuntimeRole",
                "ArgumentError",
                "BASE_CONDITION_OPERATORS",
                "BedrockAgentRole",
                "agentLambdaPermissionArgs",
                "callerRolePolicyArgs",
                "lambdaResourceStatement",
                "planAgentPermissions",
                "planBedrockAgentRole",
                "policySize",
                "renderPolicy",
            ].sort(),
        );
    });
});
