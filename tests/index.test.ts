import { expect } from "chai";
import * as api from "../index";

describe("public API (index.ts)", () => {
    it("exports exactly the deliberate runtime API: the component, the plan, its error and the helpers a plan's user needs", () => {
        expect(Object.keys(api).sort()).to.deep.equal(
            [
                "ArgumentError",
                "BASE_CONDITION_OPERATORS",
                "BedrockAgentRole",
                "agentLambdaPermissionArgs",
                "callerRolePolicyArgs",
                "lambdaResourceStatement",
                "planAgentPermissions",
                "policySize",
                "renderPolicy",
            ].sort(),
        );
    });
});
