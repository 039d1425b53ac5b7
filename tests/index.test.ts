import { expect } from "chai";
import * as api from "../index";
import { ROLE_KINDS } from "../planner/roleKinds";

describe("public API (index.ts)", () => {
    it("exports exactly the deliberate runtime API: the components, their plans, their error and the helpers a plan's user needs", () => {
        // Each kind's component and its plan, from the kinds' table: a kind added is exported.
        const components = Object.values(ROLE_KINDS).map((kind) => kind.type.split(":").pop() as string);
        expect(Object.keys(api).sort()).to.deep.equal(
            [
                ...components,
                ...components.map((component) => `plan${component}`),
                "ArgumentError",
                "BASE_CONDITION_OPERATORS",
                "agentCoreResourcePolicyArgs",
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
