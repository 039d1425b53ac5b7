import { expect } from "chai";
import { memoryArgs, planMemory } from "../../../support/agentCoreFixtures";
import { argumentErrorFrom } from "../../../support/argumentErrors";

const failure = (callers: unknown, args = memoryArgs()) =>
    argumentErrorFrom(() => planMemory({ ...args, callers } as never));
const sids = (callers: unknown) =>
    (planMemory({ ...memoryArgs(), callers } as never).callerPolicy?.Statement ?? []).map((s) => s.Sid);

describe("capability: a memory's callers", () => {
    it("narrows each action by the keys IAM has for it: events by actor and session, sessions by actor, records by namespace", () => {
        const plan = planMemory({
            ...memoryArgs(),
            callers: {
                records: true,
                actorIds: ["user-1"],
                sessionIds: ["session-1"],
                namespaces: ["/users/user-1/"],
            },
        });
        const conditions = Object.fromEntries(
            (plan.callerPolicy?.Statement ?? []).map((s) => [s.Sid, s.Condition?.StringEquals]),
        );
        expect(conditions).to.deep.equal({
            UseMemoryEvents: {
                "bedrock-agentcore:actorId": ["user-1"],
                "bedrock-agentcore:sessionId": ["session-1"],
            },
            ListMemorySessions: { "bedrock-agentcore:actorId": ["user-1"] },
            RetrieveMemoryRecords: { "bedrock-agentcore:namespace": ["/users/user-1/"] },
        });
        expect(plan.inlinePolicy).to.deep.equal(planMemory(memoryArgs()).inlinePolicy);
    });

    it("grants what has no key only when asked: GetMemoryRecord without namespaces, ListActors, record deletion (with a warning beside namespaces)", () => {
        expect(sids({ records: true })).to.include("GetMemoryRecords");
        expect(sids({ records: true, namespaces: ["/users/user-1/"] })).not.to.include("GetMemoryRecords");
        expect(sids({})).to.deep.equal(["UseMemoryEvents", "ListMemorySessions"]);
        expect(sids({ listActors: true, deleteRecords: true })).to.include.members([
            "ListMemoryActors",
            "DeleteMemoryRecords",
        ]);
        const warned = planMemory({ ...memoryArgs(), callers: { deleteRecords: true, namespaces: ["/a/"] } });
        expect(warned.warnings.join("\n")).to.match(/callers\.deleteRecords .* any record of the memory/);
    });

    it("refuses values IAM cannot compare exactly, a pipeline without strategies, callers granted nothing, and unknown fields", () => {
        expect(failure({ actorIds: ["user-*"] }).argument).to.equal("callers.actorIds[0]");
        expect(failure({ sessionIds: ["s/1"] }).argument).to.equal("callers.sessionIds[0]");
        expect(failure({ namespaces: ["/users/${aws:username}/"] }).argument).to.equal(
            "callers.namespaces[0]",
        );
        const plain = { ...memoryArgs(), selfManagedStrategies: undefined };
        expect(failure({ selfManagedPipeline: true }, plain).argument).to.equal(
            "callers.selfManagedPipeline",
        );
        expect(failure({ events: false }).message).to.match(/^callers: grants nothing/);
        expect(failure({ actors: ["user-1"] }).message).to.match(/did you mean actorIds\?/);
    });
});
