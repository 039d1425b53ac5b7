// A role kind is one entry in its family's table: whatever else a kind needs, a test here names
// when it is missing, so adding a kind cannot silently leave a part behind.
import { expect } from "chai";
import * as api from "../index";
import { MODELLED_TYPES } from "../planner/mocks/mockOutputs";
import { ROLE_KINDS } from "../planner/roleKinds";
import { AGENTCORE_KINDS } from "../components/agentcore/agentCoreKinds";
import { AGENTCORE_ROLES } from "../components/agentcore/agentCoreRoles";

/** A kind's component class, named by the last part of its type token. */
const componentOf = (type: string) => (api as Record<string, unknown>)[type.split(":").pop() as string];

describe("role kinds: one entry each, nothing else forgotten", () => {
    it("exports each kind's component under its type token's name, and its pure plan named after it", () => {
        for (const kind of Object.values(ROLE_KINDS)) {
            const name = kind.type.split(":").pop() as string;
            expect(componentOf(kind.type), `${kind.kind}: ${name} from index.ts`).to.be.a("function");
            expect((api as Record<string, unknown>)[`plan${name}`], `plan${name} from index.ts`).to.be.a(
                "function",
            );
        }
    });

    it("gives the stack program, in the table of AgentCore components, each kind's exported component", () => {
        for (const kind of Object.values(AGENTCORE_KINDS)) {
            expect(AGENTCORE_ROLES[kind.kind], kind.kind).to.equal(componentOf(kind.type));
        }
    });

    it("models, in the offline plan's mocks, the resource each AgentCore kind's role is given to, so its ARN and id are known", () => {
        for (const kind of Object.values(AGENTCORE_KINDS)) {
            expect(MODELLED_TYPES, kind.kind).to.include(kind.user.type);
        }
    });

    it("gives every kind its own tag, type token, role prefix, inline policy name, trust statement id and words", () => {
        const kinds = Object.values(ROLE_KINDS);
        for (const field of ["kind", "type", "rolePrefix", "inlinePolicyName", "trustStatementId"] as const) {
            expect(new Set(kinds.map((k) => k[field])).size, field).to.equal(kinds.length);
        }
        expect(new Set(kinds.map((k) => k.words.role)).size).to.equal(kinds.length);
        expect(Object.entries(ROLE_KINDS).every(([tag, kind]) => kind.kind === tag)).to.equal(true);
    });
});
